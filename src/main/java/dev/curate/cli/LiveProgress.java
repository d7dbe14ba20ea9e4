package dev.curate.cli;

import dev.curate.cli.output.ProgressBoard;
import dev.curate.http.RequestListener;
import dev.curate.http.Sleeper;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fetch's progress on a terminal: the {@link ProgressBoard}'s rows drawn in place at the bottom
 * of stderr (ANSI cursor-up and erase-line), other lines printed above them. Changes are drawn by a
 * ticker every {@link #REDRAW}, and only when the frame differs from the one on screen, so a burst
 * of requests does not flicker and a countdown moves by itself; a new row or a line printed above
 * is drawn at once. When it closes, the last frame stays on screen, one line per source. The
 * sources speak from their own threads; every method is synchronized.
 */
final class LiveProgress implements RequestListener, AutoCloseable {
  /** At most ten frames a second. */
  static final Duration REDRAW = Duration.ofMillis(100);

  private static final String UP = "\u001B[%dA";
  private static final String ERASE_LINE = "\u001B[2K";
  private static final String ERASE_BELOW = "\u001B[J";

  private final ProgressBoard board = new ProgressBoard();
  private final PrintWriter err;
  private final Clock clock;
  private final int width;
  private final ScheduledExecutorService ticker;
  private List<String> onScreen = List.of();
  private boolean dirty;
  private boolean closed;

  /**
   * @param ticking whether to redraw by itself (a daemon thread); tests call {@link #tick} instead
   */
  LiveProgress(PrintWriter err, Clock clock, int width, boolean ticking) {
    this.err = err;
    this.clock = clock;
    this.width = width;
    if (ticking) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "curate-progress");
                t.setDaemon(true);
                return t;
              });
      ticker.scheduleAtFixedRate(
          this::tick, REDRAW.toMillis(), REDRAW.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      ticker = null;
    }
  }

  /**
   * A progress line: a source's goes on its row, any other above the rows; once the display is
   * closed, a plain line under its last frame.
   */
  synchronized void line(String line) {
    if (closed) {
      err.println(line);
      err.flush();
      return;
    }
    if (board.line(lane(), line)) {
      dirty = true;
      if (onScreen.size() < board.frame(clock.instant(), width).size()) {
        draw(); // a new source's row appears at once; the ticker draws the rest
      }
      return;
    }
    above(line);
  }

  /** Prints {@code line} above the rows, which are redrawn under it. */
  synchronized void above(String line) {
    if (closed) {
      err.println(line);
      err.flush();
      return;
    }
    StringBuilder out = new StringBuilder(cursorToTop()).append(ERASE_BELOW);
    out.append(line).append('\n');
    onScreen = List.of();
    err.print(out);
    dirty = true;
    draw();
  }

  /**
   * A writer whose lines are printed above the rows, for what is said during the fetch (a source's
   * warnings once it is saved).
   */
  PrintWriter printer() {
    return new PrintWriter(
        new Writer() {
          private final StringBuilder pending = new StringBuilder();

          @Override
          public void write(char[] chars, int offset, int length) {
            synchronized (LiveProgress.this) {
              for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                  above(pending.toString());
                  pending.setLength(0);
                } else if (c != '\r') {
                  pending.append(c);
                }
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            synchronized (LiveProgress.this) {
              if (pending.length() > 0) {
                above(pending.toString());
                pending.setLength(0);
              }
            }
          }
        },
        true);
  }

  @Override
  public synchronized void sent() {
    board.requestSent(lane());
    dirty = true;
  }

  synchronized void waiting(Duration duration, String why) {
    board.waiting(lane(), duration, why, clock.instant());
    dirty = true;
  }

  synchronized void saved(String sourceKey) {
    board.saved(sourceKey);
    dirty = true;
  }

  /**
   * {@code inner}, telling this display of each wait an interceptor makes ({@link Sleeper#pause}):
   * every rate-limit, pacing and backoff wait goes through there, so the countdown needs nothing of
   * the interceptors.
   */
  Sleeper watching(Sleeper inner) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        inner.sleep(duration);
      }

      @Override
      public void pause(Duration duration, String waitingFor) throws InterruptedIOException {
        waiting(duration, waitingFor);
        inner.pause(duration, waitingFor);
      }
    };
  }

  /** Redraws when something changed or a countdown moved; at most every {@link #REDRAW}. */
  synchronized void tick() {
    if (!closed) {
      dirty = true;
      draw();
    }
  }

  /** The final frame stays; nothing is drawn after this, later lines are plain. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    if (ticker != null) {
      ticker.shutdownNow();
    }
    board.finish();
    dirty = true;
    draw();
    closed = true;
  }

  private void draw() {
    if (!dirty) {
      return;
    }
    dirty = false;
    List<String> frame = board.frame(clock.instant(), width);
    if (frame.equals(onScreen)) {
      return;
    }
    StringBuilder out = new StringBuilder(cursorToTop());
    for (String row : frame) {
      out.append(ERASE_LINE).append(row).append('\n');
    }
    if (frame.size() < onScreen.size()) {
      out.append(ERASE_BELOW);
    }
    onScreen = frame;
    err.print(out);
    err.flush();
  }

  /**
   * The thread a line, request or wait comes from: each source is read on a thread of its own
   * (workflow's side-by-side fetch), and its requests and waits run on the thread that sends them
   * (OkHttp's synchronous calls, {@link Sleeper#pause} inside its interceptors), so the thread says
   * whose they are.
   */
  private static Object lane() {
    return Thread.currentThread();
  }

  /** From below the rows on screen back to the first of them. */
  private String cursorToTop() {
    return onScreen.isEmpty() ? "\r" : "\r" + String.format(UP, onScreen.size());
  }
}
