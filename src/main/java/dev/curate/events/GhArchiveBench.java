package dev.curate.events;

import dev.curate.config.EventsSettings;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code scripts/bench-gharchive}: counts a month's star events from a folder
 * of GH Archive hour files exactly as {@code fetch --gharchive} will ({@link GhArchiveFiles}), and
 * prints the throughput in MB/s of the files as stored, the heap in use after the count, and the
 * month's top repositories. Not a command: it measures the reader alone, which is what has to keep
 * up with {@code zcat}.
 *
 * <p>Usage: {@code java -cp target/curate.jar dev.curate.events.GhArchiveBench DIR YYYY-MM}, or
 * {@code ... GhArchiveBench --memory N} for the heap one counted repository takes: N made-up names
 * counted as the reader counts them, the heap measured before and after.
 */
public final class GhArchiveBench {
  private GhArchiveBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--memory")) {
      memory(Integer.parseInt(args[1]));
      return;
    }
    if (args.length != 2) {
      System.err.println("usage: GhArchiveBench DIR YYYY-MM");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    CalendarMonth month = CalendarMonth.parse(args[1]);
    long bytes;
    try (Stream<Path> files = Files.list(folder)) {
      bytes = files.mapToLong(GhArchiveBench::size).sum();
    }
    long start = System.nanoTime();
    GhArchiveMonth read = new GhArchiveFiles(EventsSettings.DEFAULTS).read(month, List.of(folder));
    double seconds = (System.nanoTime() - start) / 1e9;
    long heap = used();
    System.out.println(
        String.format(
            Locale.ROOT,
            "curate reader: %,d files, %,d lines, %,d repositories counted (%,d kept), %,d malformed"
                + " in %.2f s: %.1f MB/s of %,.1f MB of .json.gz; heap in use after the count %,.1f"
                + " MB",
            read.files(),
            read.lines(),
            read.repositories(),
            read.counts().repos().size(),
            read.malformedLines(),
            seconds,
            bytes / 1e6 / seconds,
            bytes / 1e6,
            heap / 1e6));
    read.counts().repos().stream()
        .limit(3)
        .forEach(r -> System.out.println("  " + r.name() + " " + r.stars()));
  }

  private static void memory(int names) {
    long before = used();
    HourTally tally = new HourTally();
    for (int i = 0; i < names; i++) {
      // Names as long as GitHub's usual ones: an owner and a repository of a dozen letters each.
      tally.star(
          "owner-" + (i * 7919L % 1_000_003) + "/repository-" + i, i % 4, 100_000_000L + i, i);
    }
    long after = used();
    System.out.println(
        String.format(
            Locale.ROOT,
            "%,d repositories counted: %,.1f MB of heap, %.0f bytes each",
            tally.repos.size(),
            (after - before) / 1e6,
            (after - before) / (double) tally.repos.size()));
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
