package dev.curate.reddit.dump;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream's bytes a chunk at a time, handed over without a copy: a dump's reader looks at every
 * byte once, and copying each chunk out of the decompressing thread's buffer cost a tenth of that
 * look (perf on scripts/bench-fetch-dump).
 */
interface Chunks extends Closeable {
  /** {@code data[0, length)} are the chunk's bytes. */
  record Chunk(byte[] data, int length) {}

  /**
   * The next chunk, or null at the end. A chunk is valid until the next call: its array is then
   * reused.
   */
  Chunk next() throws IOException;

  /** Work the reader may do while it would wait for the next chunk, a step at a time. */
  @FunctionalInterface
  interface Idle {
    /** Does one step; false when there was nothing to do. */
    boolean step() throws IOException;

    Idle NONE = () -> false;
  }

  /**
   * The next chunk, as {@link #next()}; while none is ready, {@code idle} is stepped until one is
   * or it has nothing left to do. A stream read in place is never waited for.
   */
  default Chunk next(Idle idle) throws IOException {
    return next();
  }

  /** The chunks of a stream, read into one reused buffer. */
  static Chunks of(InputStream in) {
    byte[] buffer = new byte[1 << 20];
    return new Chunks() {
      @Override
      public Chunk next() throws IOException {
        int n = in.read(buffer);
        return n < 0 ? null : new Chunk(buffer, n);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
