package dev.curate.reddit.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Decompresses on a thread of its own, a few chunks ahead of the reader: zstd's decoding and
 * curate's line splitting and parsing then run on two cores instead of taking turns on one. Chunks
 * are handed over through a small bounded queue, so memory stays constant. A failure of the
 * decoding thread is rethrown to the reader; closing stops the thread.
 */
final class ReadAhead implements Chunks {
  private static final int CHUNK = 1 << 20;
  private static final int AHEAD = 4;

  /**
   * What the decoding thread tells as it goes ({@link WindowPrefaulter}); called on that thread,
   * but {@link #stop()} on the closing one.
   */
  interface Progress {
    /** Before the first read. */
    void starting();

    /** After each chunk: the bytes decoded so far. */
    void decoded(long bytes);

    /** Before the source is closed; returns once nothing else uses the source's memory. */
    void stop();

    Progress NONE =
        new Progress() {
          @Override
          public void starting() {}

          @Override
          public void decoded(long bytes) {}

          @Override
          public void stop() {}
        };
  }

  private final InputStream source;
  private final Progress progress;
  private static final Chunk END = new Chunk(new byte[0], 0);

  private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(AHEAD);

  /**
   * Buffers the reader is done with, reused by the decoding thread: a fresh megabyte per chunk is
   * thousands of large allocations per dump, which cost the garbage collector as much time as a
   * fifth of the decompression (measured with scripts/bench-dump).
   */
  private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(AHEAD + 2);

  private final Thread reader;
  private volatile IOException failure;
  private static final Chunk EMPTY = new Chunk(new byte[0], 0);
  private Chunk current = EMPTY;
  private boolean ended;

  ReadAhead(InputStream source) {
    this(source, Progress.NONE);
  }

  ReadAhead(InputStream source, Progress progress) {
    this.source = source;
    this.progress = progress;
    this.reader = new Thread(this::fill, "curate-dump-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  private void fill() {
    try {
      progress.starting();
      long decoded = 0;
      while (true) {
        byte[] buffer = spare.poll();
        if (buffer == null) {
          buffer = new byte[CHUNK];
        }
        int n = source.readNBytes(buffer, 0, CHUNK);
        if (n == 0) {
          break;
        }
        decoded += n;
        progress.decoded(decoded);
        chunks.put(new Chunk(buffer, n));
      }
    } catch (IOException e) {
      failure = e;
    } catch (RuntimeException e) {
      // Without END the reader would wait forever: every failure must reach it.
      failure = new IOException(e.getMessage(), e);
    } catch (InterruptedException e) {
      return;
    }
    try {
      chunks.put(END);
    } catch (InterruptedException e) {
      // closed meanwhile: nobody is waiting for the end
    }
  }

  /** What is told of the decoding's progress. */
  Progress progress() {
    return progress;
  }

  /** The next decompressed chunk itself, not a copy; its array is reused after the next call. */
  @Override
  public Chunk next() throws IOException {
    return next(Idle.NONE);
  }

  @Override
  public Chunk next(Idle idle) throws IOException {
    return advance(idle) ? current : null;
  }

  private boolean advance(Idle idle) throws IOException {
    if (ended) {
      return false;
    }
    if (current.length() > 0) {
      spare.offer(current.data());
      // Handed back: an interrupted take below must not leave it current, to be handed back again
      // by the next call and then filled for two chunks at once.
      current = EMPTY;
    }
    try {
      if (Thread.interrupted()) {
        // As take() would: a reader told to stop stops, even with a chunk ready.
        throw new InterruptedException();
      }
      Chunk ready = chunks.poll();
      // A reader told to stop (Ctrl-C) stops waiting on its idle work too: up to 32 MB of lines.
      while (ready == null && !Thread.currentThread().isInterrupted() && idle.step()) {
        ready = chunks.poll();
      }
      current = ready != null ? ready : chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the dump");
    }
    if (current == END) {
      ended = true;
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.interrupt();
    // Even when this thread is interrupted (a fetch that failed stops its reads so): the decoding
    // thread must be done with the source, and with telling its progress, before either is
    // stopped and the source closed, which frees zstd's window. Interrupted, it ends after its
    // current read.
    Uninterruptibly.waitFor(reader::join);
    progress.stop();
    source.close();
  }
}
