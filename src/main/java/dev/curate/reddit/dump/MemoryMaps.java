package dev.curate.reddit.dump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The process's memory mappings as Linux lists them in {@code /proc/self/maps} (proc(5)), and the
 * one a native decoder mapped for its window: zstd-jni allocates it with {@code malloc}, which maps
 * a block that large on its own, and does not say where.
 */
final class MemoryMaps {
  /**
   * How much larger than its window the decoder's mapping may be: zstd adds its input buffer and
   * two blocks (about 400 KB), malloc a header and the rounding to a page.
   */
  static final long SLACK = 4L << 20;

  private static final Path OWN = Path.of("/proc/self/maps");

  /** A mapping's addresses, {@code [start, end)}, and whether it is private memory to write. */
  record Region(long start, long end, boolean anonymousReadWrite) {
    long bytes() {
      return end - start;
    }
  }

  private MemoryMaps() {}

  /**
   * This process's mappings now, as the kernel lists them (empty where there is no {@code /proc}).
   * Read, not parsed: the decoding thread takes this before its first read, and parsing cost 10-20
   * ms in a JVM that has just started.
   */
  static String own() {
    try {
      return new String(Files.readAllBytes(OWN), StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Lines such as {@code 7f8a73f9f000-7f8a74000000 rw-p 00000000 00:00 0 [heap]}; a line that is
   * not one is skipped.
   */
  static List<Region> parse(String maps) {
    List<Region> regions = new ArrayList<>();
    for (String line : maps.split("\n")) {
      String[] fields = line.trim().split("\\s+", 6);
      int dash = fields[0].indexOf('-');
      if (fields.length < 5 || dash < 0) {
        continue;
      }
      try {
        long start = Long.parseUnsignedLong(fields[0], 0, dash, 16);
        long end = Long.parseUnsignedLong(fields[0], dash + 1, fields[0].length(), 16);
        // Anonymous: no inode and no name (a name such as [heap] or [stack] is the kernel's own).
        boolean anonymous = fields[4].equals("0") && fields.length == 5;
        regions.add(new Region(start, end, anonymous && fields[1].equals("rw-p")));
      } catch (NumberFormatException e) {
        // not a mapping's line
      }
    }
    return regions;
  }

  /**
   * The one anonymous read-write mapping in {@code after} but not in {@code before} whose size is
   * {@code bytes} to {@code bytes + SLACK}; empty when there is none or more than one (then which
   * is the decoder's is not known, and none is touched).
   */
  static Optional<Region> newMapping(List<Region> before, List<Region> after, long bytes) {
    Set<Region> old = new HashSet<>(before);
    Region found = null;
    for (Region region : after) {
      if (region.anonymousReadWrite()
          && !old.contains(region)
          && region.bytes() >= bytes
          && region.bytes() <= bytes + SLACK) {
        if (found != null) {
          return Optional.empty();
        }
        found = region;
      }
    }
    return Optional.ofNullable(found);
  }
}
