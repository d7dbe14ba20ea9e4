package dev.curate.files;

import java.io.IOException;
import java.io.InputStream;
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
   * The next newline in {@code b[from, to)}, or -1. A method of its own, so that the JIT compiles
   * this loop on its own terms instead of inside the long-running caller (measured: the split went
   * from about a third of zstd's speed to close to it).
   */
  private static int newline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] append(byte[] carry, int carried, byte[] from, int offset, int length) {
    byte[] target =
        carry.length >= carried + length
            ? carry
            : Arrays.copyOf(carry, Math.max(carried + length, carry.length * 2));
    System.arraycopy(from, offset, target, carried, length);
    return target;
  }

  private static void emit(LineHandler handler, byte[] buffer, int offset, int length)
      throws IOException {
    int end = offset + length;
    if (end > offset && buffer[end - 1] == '\r') {
      end--;
    }
    for (int i = offset; i < end; i++) {
      if (buffer[i] != ' ' && buffer[i] != '\t') {
        handler.line(buffer, offset, end - offset);
        return;
      }
    }
  }
}
