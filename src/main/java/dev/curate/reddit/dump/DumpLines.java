package dev.curate.reddit.dump;

import dev.curate.files.LineSplitter;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a dump into lines as {@link LineSplitter} does and, in the same pass over the bytes, finds
 * each line's {@code "created_utc"} keys and judges their values ({@link PostPeek#timeAfterKey}),
 * so that a line of another month, nearly every line of a dump, is passed over without a second
 * look at its bytes.
 *
 * <p>The pass reads eight bytes at a time and tests them for a newline and for the pair {@code _u}
 * (the middle of {@code created_utc}; a post holds a handful of such pairs) at once, every word
 * independently of the last. It replaced a Horspool search of each line after the newline search:
 * each of that search's steps waited for the byte it had just read to know where to read next, and
 * the two passes took 0.8 s of CPU for a 1.16 GB dump beside 1.35 s for decompressing it (perf on
 * scripts/bench-fetch-dump), which kept the reader behind {@code zstd -dc}.
 *
 * <p>A line that runs over the end of a read is put together in a carry array, as {@link
 * LineSplitter} does, and judged whole by {@link PostPeek#everyTimeOutside}: one line in a
 * megabyte.
 */
final class DumpLines {
  @FunctionalInterface
  interface Handler {
    /**
     * The line is {@code buffer[offset, offset + length)}, without its newline, valid only during
     * the call. {@code otherMonth}: the line holds a {@code "created_utc"} key and every one of
     * them (the post's own, a crosspost parent's) has a plain number outside the month, as {@link
     * PostPeek#everyTimeOutside} says.
     */
    void line(byte[] buffer, int offset, int length, boolean otherMonth) throws IOException;
  }

  private static final byte[] KEY = "\"created_utc\"".getBytes(StandardCharsets.US_ASCII);

  /** Where the pair {@code _u} sits in {@link #KEY}. */
  private static final int PAIR_AT = 8;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';
  private static final long UNDERSCORES = ONES * '_';
  private static final long US = ONES * 'u';

  private final Chunks in;
  private final PostPeek peek;

  /** Where the current line of the current read starts. */
  private int lineStart;

  /** The current line's keys so far: one outside the month, one that may be of it. */
  private boolean keyOutside;

  private boolean keyMaybeInside;

  DumpLines(Chunks in, PostPeek peek) {
    this.in = in;
    this.peek = peek;
  }

  void forEachLine(Handler handler) throws IOException {
    byte[] carry = new byte[0];
    int carried = 0;
    for (Chunks.Chunk next = in.next(); next != null; next = in.next()) {
      byte[] chunk = next.data();
      int read = next.length();
      int from = 0;
      if (carried > 0) {
        int newline = LineSplitter.newline(chunk, 0, read);
        if (newline < 0) {
          carry = LineSplitter.append(carry, carried, chunk, 0, read);
          carried += read;
          continue;
        }
        carry = LineSplitter.append(carry, carried, chunk, 0, newline);
        whole(handler, carry, 0, carried + newline);
        carried = 0;
        from = newline + 1;
      }
      int rest = lines(handler, chunk, from, read);
      if (rest < read) {
        carry = LineSplitter.append(carry, 0, chunk, rest, read - rest);
        carried = read - rest;
      }
    }
    if (carried > 0) {
      whole(handler, carry, 0, carried);
    }
  }

  /**
   * Hands on every line of {@code b[from, to)} that ends with a newline; returns where the unended
   * rest starts.
   */
  private int lines(Handler handler, byte[] b, int from, int to) throws IOException {
    keyOutside = false;
    keyMaybeInside = false;
    lineStart = from;
    int i = from;
    // Whole words at indexes divisible by eight: a long read anywhere else costs the code of C1
    // (the launcher's compiler) up to eight byte reads.
    for (int head = Math.min((from + Long.BYTES - 1) & -Long.BYTES, to); i < head; i++) {
      atByte(handler, b, i, to);
    }
    for (; i + Long.BYTES < to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i);
      // The word one byte further on, for the pair's 'u': the byte after the word comes in on top.
      long next = x >>> 8 | (long) b[i + Long.BYTES] << 56;
      long found = zeroBytes(x ^ NEWLINES) | zeroBytes(x ^ UNDERSCORES) & zeroBytes(next ^ US);
      // Every match is marked, and maybe a byte above one: each mark is checked, lowest first.
      for (; found != 0; found &= found - 1) {
        atByte(handler, b, i + (Long.numberOfTrailingZeros(found) >>> 3), to);
      }
    }
    for (; i < to; i++) {
      atByte(handler, b, i, to);
    }
    return lineStart;
  }

  /** Ends the line at a newline, or notes a key whose pair {@code _u} starts at {@code i}. */
  private void atByte(Handler handler, byte[] b, int i, int to) throws IOException {
    if (b[i] == '\n') {
      line(handler, b, lineStart, i);
      lineStart = i + 1;
    } else if (b[i] == '_' && i + 1 < to && b[i + 1] == 'u') {
      key(b, i - PAIR_AT, to);
    }
  }

  /** Notes a {@code "created_utc"} key at {@code start}, if the bytes there are one. */
  private void key(byte[] b, int start, int to) {
    int afterKey = start + KEY.length;
    if (start < lineStart
        || afterKey > to
        || !Arrays.equals(b, start, afterKey, KEY, 0, KEY.length)) {
      return;
    }
    int judged = peek.timeAfterKey(b, afterKey, to);
    if (judged == PostPeek.OTHER_MONTH) {
      keyOutside = true;
    } else if (judged == PostPeek.MAYBE_THIS_MONTH) {
      keyMaybeInside = true;
    }
  }

  private void line(Handler handler, byte[] b, int start, int end) throws IOException {
    int length = LineSplitter.contentLength(b, start, end - start);
    if (length >= 0) {
      handler.line(b, start, length, keyOutside && !keyMaybeInside);
    }
    keyOutside = false;
    keyMaybeInside = false;
  }

  private void whole(Handler handler, byte[] b, int start, int end) throws IOException {
    int length = LineSplitter.contentLength(b, start, end - start);
    if (length >= 0) {
      handler.line(b, start, length, peek.everyTimeOutside(b, start, length));
    }
  }

  /** The high bit of every zero byte of {@code v} is set, and maybe of bytes above one. */
  private static long zeroBytes(long v) {
    return (v - ONES) & ~v & HIGH_BITS;
  }
}
