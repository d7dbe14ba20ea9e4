package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.SeveralFailures;
import dev.curate.error.ThreadFailure;
import dev.curate.model.SourceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a fetch's sources side by side, each on a thread of its own, so that the fetch takes about
 * as long as its slowest source rather than the sum of them: GitHub waits on its search pacing
 * while Reddit reads. Each source keeps its own client and rate limits; only the store's
 * transactions take turns (the store is one SQLite connection, and its methods are synchronized).
 *
 * <p>A source that fails does not stop the others: every lane runs to its end (its save included)
 * before the failures are thrown, one as itself, several as {@link SeveralFailures}.
 */
final class SideBySide {
  /** A source's work: it reads, saves and returns what it saved. */
  record Lane(String name, Supplier<List<SourceReport>> work) {}

  private SideBySide() {}

  /** The lanes' reports in the order of the lanes, whatever order they finished in. */
  static List<SourceReport> run(List<Lane> lanes) {
    if (lanes.isEmpty()) {
      return List.of();
    }
    ExecutorService threads =
        Executors.newFixedThreadPool(
            lanes.size(),
            r -> {
              // Daemon: nothing of a fetch should keep the JVM alive once the command is over.
              Thread t = new Thread(r);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<SourceReport>>> running = new ArrayList<>();
      for (Lane lane : lanes) {
        Callable<List<SourceReport>> work =
            () -> {
              Thread.currentThread().setName("curate-" + lane.name()); // named for thread dumps
              return lane.work().get();
            };
        running.add(threads.submit(work));
      }
      List<SourceReport> reports = new ArrayList<>();
      List<RuntimeException> failures = new ArrayList<>();
      for (Future<List<SourceReport>> lane : running) {
        try {
          reports.addAll(lane.get());
        } catch (ExecutionException e) {
          failures.add(ThreadFailure.unchecked(e.getCause()));
        }
      }
      if (failures.size() == 1) {
        throw failures.get(0);
      }
      if (!failures.isEmpty()) {
        throw new SeveralFailures(failures);
      }
      return reports;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CurateException(ExitCode.INTERRUPTED, "interrupted while the sources were read", e);
    } finally {
      // Only an interrupt or an Error leaves a lane running here; it should stop, not save.
      threads.shutdownNow();
    }
  }
}
