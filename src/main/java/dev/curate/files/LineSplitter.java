package dev.curate.files;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts a stream into lines without decoding it: JSON parsers read UTF-8 bytes themselves, and a
 * String per line would double the work on a file of gigabytes (a Reddit dump, GH Archive's hour
 * files). A line longer than the buffer grows a separate carry array; the buffer itself is reused.
 */
public final class LineSplitter {
  @FunctionalInterface
  public interface LineHandler {
    /**
     * The line is {@code buffer[offset, offset + length)}, without its newline; valid only during
     * the call.
     */
    void line(byte[] buffer, int offset, int length) throws IOException;
  }

  private static final int CHUNK = 1 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  private final InputStream in;

  public LineSplitter(InputStream in) {
    this.in = in;
  }

  /**
   * Calls {@code handler} for every non-blank line, the last one even without a trailing newline.
   */
  public void forEachLine(LineHandler handler) throws IOException {
    byte[] chunk = new byte[CHUNK];
    byte[] carry = new byte[0];
    int carried = 0;
    int read;
    while ((read = in.read(chunk)) != -1) {
      int lineStart = 0;
      for (int i = newline(chunk, 0, read); i >= 0; i = newline(chunk, i + 1, read)) {
        if (carried == 0) {
          emit(handler, chunk, lineStart, i - lineStart);
        } else {
          carry = append(carry, carried, chunk, lineStart, i - lineStart);
          emit(handler, carry, 0, carried + i - lineStart);
          carried = 0;
        }
        lineStart = i + 1;
      }
      int rest = read - lineStart;
      if (rest > 0) {
        carry = append(carry, carried, chunk, lineStart, rest);
        carried += rest;
      }
    }
    if (carried > 0) {
      emit(handler, carry, 0, carried);
    }
  }

  /**
   * The next newline in {@code b[from, to)}, or -1. Eight bytes at a time: the loop ran once per
   * byte and was, with the dump reader's scan, what kept the reader behind {@code zstd -dc}
   * (profiled with JFR on scripts/bench-fetch-dump). A method of its own, so that the JIT compiles
   * this loop on its own terms instead of inside the long-running caller.
   */
  public static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      // Nonzero iff a byte of x is zero, i.e. a byte was '\n'; its lowest set bit is the first
      // (a borrow can only mark bytes above a zero byte, never below it).
      long zero = (x - ONES) & ~x & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code carry[0, carried)} followed by {@code from[offset, offset + length)}: in {@code carry}
   * itself if it has room, else in a copy twice as large.
   */
  public static byte[] append(byte[] carry, int carried, byte[] from, int offset, int length) {
    byte[] target =
        carry.length >= carried + length
            ? carry
            : Arrays.copyOf(carry, Math.max(carried + length, carry.length * 2));
    System.arraycopy(from, offset, target, carried, length);
    return target;
  }

  private static void emit(LineHandler handler, byte[] buffer, int offset, int length)
      throws IOException {
    int content = contentLength(buffer, offset, length);
    if (content >= 0) {
      handler.line(buffer, offset, content);
    }
  }

  /**
   * The length of {@code b[offset, offset + length)} without a trailing carriage return, or -1 if
   * the line holds only spaces and tabs: such lines are not handed on.
   */
  public static int contentLength(byte[] b, int offset, int length) {
    int end = offset + length;
    if (end > offset && b[end - 1] == '\r') {
      end--;
    }
    for (int i = offset; i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return end - offset;
      }
    }
    return -1;
  }
}
