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
 * (the middle of {@code created_utc}; a post holds a handful of such pairs) at once. It replaced a
 * Horspool search of each line after the newline search: each of that search's steps waited for the
 * byte it had just read to know where to read next, and the two passes took 0.8 s of CPU for a 1.16
 * GB dump beside 1.35 s for decompressing it (perf on scripts/bench-fetch-dump), which kept the
 * reader behind {@code zstd -dc}.
 *
 * <p>The word loop is shaped for C1, the launcher's only compiler, which neither unrolls loops nor
 * keeps much in registers: four words a step under one branch, each word read once and the fifth
 * carried into the next step; the pair's test drops the complement of a zero test ({@link #pairs})
 * and the lowest mark's byte comes from a multiplication ({@link #lowestMarked}). Measured on the
 * first 512 MB of the benchmark dump (scripts/bench-fetch-dump's 800,000 posts) held in memory in 1
 * MB chunks, with {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, the thread's CPU time,
 * medians of 7 rounds alternating in one JVM: 0.29 ns a byte, against 0.47 for the loop before (one
 * word a step, the byte after it read again, exact zero tests). With the same tests, one word a
 * step took 0.39, two 0.31, three 0.30, eight 0.29. Underscores tested alone in the loop (a fifth
 * of the words hold one) sent too many words to the slow path (0.55 against 0.47, one word a step),
 * and {@code ByteBuffer.getLong} instead of the {@link VarHandle} took 0.69 against 0.41. In {@link
 * DumpBench} on the whole 1.16 GB of plain text, perf put this method at 0.32 s of CPU instead of
 * 0.52 s, and the reader's user time went from 0.86 s to 0.64 s (medians of 9 runs alternating with
 * the code before, load 4.4-4.8).
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
  private static final long BYTE_INDEXES = 0x0001020304050607L;

  /** Bytes scanned per step of the word loop: four words. */
  private static final int STEP = 4 * Long.BYTES;

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
    forEachLine(handler, Chunks.Idle.NONE);
  }

  /**
   * @param idle work done while the next chunk is not ready yet
   */
  void forEachLine(Handler handler, Chunks.Idle idle) throws IOException {
    byte[] carry = new byte[0];
    int carried = 0;
    for (Chunks.Chunk next = in.next(idle); next != null; next = in.next(idle)) {
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
    // Four words a step, as C1 does not unroll: one branch for 32 bytes and each word read once,
    // the word after the four (whose first byte is the 'u' of a pair ending the fourth) carried
    // into the next step. Marks are kept apart per word, not merged: finding them again after a
    // hit cost more than keeping them.
    if (i + STEP + Long.BYTES <= to) {
      long w0 = (long) LONGS.get(b, i);
      for (; i + STEP + Long.BYTES <= to; i += STEP) {
        long w1 = (long) LONGS.get(b, i + Long.BYTES);
        long w2 = (long) LONGS.get(b, i + 2 * Long.BYTES);
        long w3 = (long) LONGS.get(b, i + 3 * Long.BYTES);
        long w4 = (long) LONGS.get(b, i + 4 * Long.BYTES);
        long m0 = newlines(w0) | pairs(w0, w1);
        long m1 = newlines(w1) | pairs(w1, w2);
        long m2 = newlines(w2) | pairs(w2, w3);
        long m3 = newlines(w3) | pairs(w3, w4);
        if (((m0 | m1 | m2 | m3) & HIGH_BITS) != 0) {
          atMarks(handler, b, i, m0, to);
          atMarks(handler, b, i + Long.BYTES, m1, to);
          atMarks(handler, b, i + 2 * Long.BYTES, m2, to);
          atMarks(handler, b, i + 3 * Long.BYTES, m3, to);
        }
        w0 = w4;
      }
    }
    for (; i < to; i++) {
      atByte(handler, b, i, to);
    }
    return lineStart;
  }

  /** Checks the bytes of the word at {@code at} whose high bit is set in {@code marks}. */
  private void atMarks(Handler handler, byte[] b, int at, long marks, int to) throws IOException {
    // Lowest first, so that a line ends before the next one's keys are looked at.
    for (long m = marks & HIGH_BITS; m != 0; m &= m - 1) {
      atByte(handler, b, at + lowestMarked(m), to);
    }
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

  /**
   * The high bit of every newline of {@code x} is set, and maybe of bytes above one (a borrow); the
   * low seven bits of each byte are noise.
   */
  private static long newlines(long x) {
    long v = x ^ NEWLINES;
    return (v - ONES) & ~v;
  }

  /**
   * The high bit of every byte of {@code x} that is an underscore followed by a 'u' is set ({@code
   * next} is the word after {@code x}, for the last byte's follower), and maybe of bytes above one;
   * the low seven bits are noise. {@code (v - ONES) ^ v}, without the {@code & ~v} of a zero test,
   * also marks a byte of {@code v} that is 0x80, or 0x81 after a borrow: pairs such as an
   * underscore before 0xF5 or 0xDF before 'u', never in UTF-8. Every mark is checked byte by byte
   * anyway, and it saves C1 a few instructions on every word. A newline test so loosened would mark
   * every byte 0x8A, common in UTF-8 text (the smiling emoji U+1F60A ends with it).
   */
  private static long pairs(long x, long next) {
    long v = x ^ UNDERSCORES | (x >>> 8 | next << 56) ^ US;
    return (v - ONES) ^ v;
  }

  /**
   * The index of the lowest byte whose high bit is set in {@code marks}, which has no other bit:
   * under C1 {@code Long.numberOfTrailingZeros} is a call ({@code Integer.numberOfTrailingZeros}
   * showed in the profile), this a multiplication.
   */
  private static int lowestMarked(long marks) {
    // The lowest mark moved to bit 8k; the multiplier's byte 7 - k is k, and lands on top.
    return (int) (((marks & -marks) >>> 7) * BYTE_INDEXES >>> 56);
  }
}
