package dev.curate.reddit;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.ThreadFailure;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.dump.DumpMonth;
import dev.curate.reddit.dump.DumpReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * {@code fetch --reddit-dump}'s files read on a thread of their own from the moment the command
 * line names them, while the configuration is loaded and the HTTP stack and the store are set up:
 * that set-up costs about 0.8 s of CPU beside about 2 s for decompressing a 126 MB dump, and the
 * read used to wait for it with the second core idle (profiled with scripts/bench-fetch-dump). Only
 * the subreddits come from the configuration, and the read waits for them at the month's first
 * post, which in a dump of several years comes long after the configuration is loaded.
 *
 * <p>The read's progress lines are held until {@link #join} and told there, on the caller's thread,
 * in the order the read said them; its failure (a missing file, a broken frame) is thrown there
 * too, as when the dumps were read in place. Memory is the read's own: the zstd window, a few
 * chunks, and the month's posts of the configured subreddits with their threads.
 */
public final class DumpsAhead implements AutoCloseable {
  private final List<Path> dumps;
  private final CalendarMonth month;
  private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
  private final CompletableFuture<DumpMonth.Read> read = new CompletableFuture<>();
  private final Thread thread;

  private DumpsAhead(
      List<Path> dumps, CalendarMonth month, Future<List<String>> subreddits, Clock clock) {
    this.dumps = List.copyOf(dumps);
    this.month = month;
    this.thread =
        new Thread(
            () -> {
              try {
                read.complete(
                    new DumpMonth(
                            new DumpReader(),
                            () -> awaited(subreddits),
                            line -> lines.add(Optional.of(line)))
                        .read(this.dumps, month, clock.instant()));
              } catch (Throwable e) {
                read.completeExceptionally(e);
              } finally {
                lines.add(Optional.empty());
              }
            },
            "curate-dump-read");
    thread.setDaemon(true);
  }

  /**
   * Starts reading {@code dumps} for {@code month}.
   *
   * @param subreddits the configured subreddits, once the configuration is loaded
   * @param clock the run's: the threads are mapped as the posts are read, and their {@code
   *     fetched_at} is when the read started
   */
  public static DumpsAhead start(
      List<Path> dumps, CalendarMonth month, Future<List<String>> subreddits, Clock clock) {
    DumpsAhead ahead = new DumpsAhead(dumps, month, subreddits, clock);
    ahead.thread.start();
    return ahead;
  }

  /** Whether this is the read of {@code dumps} for {@code month}. */
  public boolean reads(List<Path> dumps, CalendarMonth month) {
    return this.dumps.equals(dumps) && this.month.equals(month);
  }

  /**
   * The month's posts and their threads, once read; the read's lines are passed to {@code progress}
   * meanwhile.
   */
  DumpMonth.Read join(Consumer<String> progress) {
    try {
      for (Optional<String> line = lines.take(); line.isPresent(); line = lines.take()) {
        progress.accept(line.get());
      }
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CurateException(ExitCode.INTERRUPTED, "interrupted while reading the dumps");
    } catch (ExecutionException e) {
      throw ThreadFailure.unchecked(e.getCause());
    }
  }

  private static List<String> awaited(Future<List<String>> subreddits) {
    try {
      return subreddits.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the fetch ended before the configuration was loaded");
    } catch (ExecutionException e) {
      throw new CancellationException("the configuration could not be loaded");
    }
  }

  /** Stops the read if nobody joined it (the fetch failed before): it decompresses for nothing. */
  @Override
  public void close() {
    thread.interrupt();
  }
}
