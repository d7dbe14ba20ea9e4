package dev.curate.reddit.dump;

import dev.curate.model.CalendarMonth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark behind {@code scripts/bench-dump}: reads a dump exactly as {@code fetch
 * --reddit-dump} does (decompression, line splitting, parsing, month filter), without the network
 * or the store, and prints the throughput in MB/s of the file as stored. Not a command: it measures
 * the reader alone, which is what has to keep up with {@code zstd -dc}.
 *
 * <p>Usage: {@code java -cp target/curate.jar dev.curate.reddit.dump.DumpBench FILE YYYY-MM
 * SUBREDDIT}
 */
public final class DumpBench {
  private DumpBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: DumpBench FILE YYYY-MM SUBREDDIT");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    CalendarMonth month = CalendarMonth.parse(args[1]);
    String subreddit = args[2];
    long bytes = Files.size(file);
    long[] sum = new long[1];
    long start = System.nanoTime();
    DumpReader.Stats stats =
        new DumpReader()
            .read(
                file,
                month,
                subreddit::equalsIgnoreCase,
                post -> sum[0] += post.score() == null ? 0 : post.score().longValue());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(
        String.format(
            Locale.ROOT,
            "curate reader: %,d lines, %,d kept, %,d malformed in %.2f s: %.1f MB/s of %s (%,.1f MB)",
            stats.lines(),
            stats.kept(),
            stats.malformed(),
            seconds,
            bytes / 1e6 / seconds,
            file.getFileName(),
            bytes / 1e6));
  }
}
