package dev.curate.reddit.dump;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The lines the month may keep, handed by the dump's reader to a thread of its own that parses
 * them. They come in a burst: a month is a few percent of a dump of several years, and within it
 * every post of a wanted subreddit is parsed. Parsed on the reader's thread, the burst held the
 * reader back for 0.1 s and the decompression behind it, its few chunks of read-ahead full
 * (measured with the timeline of scripts/bench-fetch-dump's dump); here the reader only peeks and
 * copies, and the decompression goes on.
 *
 * <p>Lines are parsed in the order they were handed over. At most {@link #WAITING} bytes of lines
 * wait at any time (a longer line waits alone), so memory stays bounded whatever the dump. A
 * failure of the parsing thread is thrown to the reader at its next line or at {@link #finish}.
 */
final class KeptLines implements AutoCloseable {
  @FunctionalInterface
  interface Parser {
    void line(byte[] line) throws IOException;
  }

  static final int WAITING = 8 << 20;

  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> lines = new LinkedBlockingQueue<>();
  private final Semaphore room = new Semaphore(WAITING);
  private final Thread thread;
  private volatile Throwable failure;
  private boolean finished;

  KeptLines(Parser parser) {
    this.thread = new Thread(() -> parseAll(parser), "curate-dump-parse");
    thread.setDaemon(true);
    thread.start();
  }

  private void parseAll(Parser parser) {
    try {
      for (byte[] line = lines.take(); line != END; line = lines.take()) {
        room.release(cost(line.length));
        if (failure == null) {
          try {
            parser.line(line);
          } catch (IOException | RuntimeException | Error e) {
            // Kept, and the rest passed over: the reader stops at its next line.
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      // closed before the end: the reader has left
    }
  }

  /** Hands over a copy of {@code b[offset, offset + length)}. */
  void add(byte[] b, int offset, int length) throws IOException {
    rethrowFailure();
    try {
      room.acquire(cost(length));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the dump");
    }
    lines.add(Arrays.copyOfRange(b, offset, offset + length));
  }

  /** Waits until every line handed over is parsed. */
  void finish() throws IOException {
    lines.add(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the dump");
    }
    finished = true;
    rethrowFailure();
  }

  private void rethrowFailure() throws IOException {
    Throwable e = failure;
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
  }

  private static int cost(int length) {
    return Math.min(Math.max(length, 1), WAITING);
  }

  /** Stops the parsing thread if the reader leaves before {@link #finish}. */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
