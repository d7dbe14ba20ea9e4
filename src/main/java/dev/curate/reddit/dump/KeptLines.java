package dev.curate.reddit.dump;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The lines the month may keep, copied by the dump's reader and parsed later, while it would
 * otherwise wait for the decompression ({@link Chunks#next(Chunks.Idle)}). They come in a burst: a
 * month is a few percent of a dump of several years, and in it every post of a wanted subreddit is
 * parsed. Parsed as they came, the burst held the reader back until the read-ahead chunks were full
 * and the decompression waited for it (0.1 s on scripts/bench-fetch-dump's dump, measured with a
 * timeline build); parsed on a thread of their own, they took a core from the decompression for as
 * long. Here the burst costs the reader a peek and a copy a line, and the parsing (with the mapping
 * of each post kept to its thread, {@link DumpMonth}) fills the time it spends waiting for
 * decompressed chunks, which is most of a dump's read.
 *
 * <p>Lines are parsed in the order they were added. At most {@link #WAITING} bytes of lines wait:
 * beyond that, adding a line parses the oldest ones first, so memory stays bounded whatever the
 * dump. The month's posts are kept once parsed, and take about as much memory as their lines: the
 * wait adds at most as much again, and a budget as large as the benchmark's month (7,708 posts, 10
 * MB of lines; with 8 MB the end of its burst was parsed in place again and the decompression
 * waited).
 */
final class KeptLines {
  @FunctionalInterface
  interface Parser {
    void line(byte[] line) throws IOException;
  }

  static final int WAITING = 32 << 20;

  private final Parser parser;
  private final ArrayDeque<byte[]> lines = new ArrayDeque<>();
  private long waiting;

  KeptLines(Parser parser) {
    this.parser = parser;
  }

  /** Keeps a copy of {@code b[offset, offset + length)} for later. */
  void add(byte[] b, int offset, int length) throws IOException {
    lines.add(Arrays.copyOfRange(b, offset, offset + length));
    waiting += length;
    while (waiting > WAITING && parseOne()) {
      // the oldest first, until the rest fits
    }
  }

  /** Parses the oldest line waiting; false when none was. */
  boolean parseOne() throws IOException {
    byte[] line = lines.poll();
    if (line == null) {
      return false;
    }
    waiting -= line.length;
    parser.line(line);
    return true;
  }

  /** Parses every line still waiting. */
  void finish() throws IOException {
    while (parseOne()) {
      // in order
    }
  }
}
