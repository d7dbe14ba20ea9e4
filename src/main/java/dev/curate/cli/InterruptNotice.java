package dev.curate.cli;

import dev.curate.cli.output.InterruptedFetch;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Says in one line what a fetch kept when Ctrl-C ends it. The JVM answers SIGINT by running its
 * shutdown hooks and exiting 130, without interrupting the fetch's thread, so the line is printed
 * from a hook, registered for the fetch only: what the fetch has saved so far is tracked from its
 * "saving" lines and its committed reports. The sources, read side by side, tell it from their own
 * threads; the JVM halts them all once its hooks have run.
 */
final class InterruptNotice implements AutoCloseable {
  private final CalendarMonth month;
  private final PrintWriter err;
  private final Optional<LiveProgress> live;
  private final List<SourceReport> saved = new ArrayList<>();
  private final Thread hook;

  /** Begun and not yet committed: two at once when one source waits for the other's save. */
  private final Set<SourceId> saving = new LinkedHashSet<>();

  InterruptNotice(CalendarMonth month, PrintWriter err, Optional<LiveProgress> live) {
    this.month = month;
    this.err = err;
    this.live = live;
    this.hook = new Thread(this::interrupted, "curate-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** {@code progress}, noting the source whose save begins ({@code saving <source>: …}). */
  Consumer<String> watching(Consumer<String> progress) {
    return line -> {
      beginning(line);
      progress.accept(line);
    };
  }

  private synchronized void beginning(String line) {
    int colon = line.indexOf(": ");
    if (line.startsWith("saving ") && colon > 0) {
      try {
        saving.add(SourceId.parse(line.substring("saving ".length(), colon)));
      } catch (IllegalArgumentException e) {
        // not a source's save
      }
    }
  }

  synchronized void saved(SourceReport report) {
    saved.add(report);
    saving.remove(report.source());
  }

  /** The sources committed so far, in the order they were saved. */
  synchronized List<SourceReport> savedSoFar() {
    return List.copyOf(saved);
  }

  synchronized String line() {
    return InterruptedFetch.line(month, List.copyOf(saved), List.copyOf(saving));
  }

  private void interrupted() {
    live.ifPresent(LiveProgress::close);
    err.println(line());
    err.flush();
  }

  /** The fetch ended by itself: a later exit is not an interrupted fetch. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs, and says what was kept.
    }
  }
}
