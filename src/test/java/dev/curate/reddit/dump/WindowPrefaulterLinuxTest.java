package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing on Linux: a dump whose frame declares a 128 MiB window, opened as {@code fetch}
 * opens it, its window found among the process's mappings and populated by the kernel ahead of the
 * decoder, and every byte decoded as written.
 */
class WindowPrefaulterLinuxTest {
  private static final int WINDOW_LOG = 27;
  private static final long CONTENT = 160L << 20;

  @TempDir Path dir;

  /** Writes a streamed frame (no size in its header) and returns the content's SHA-256. */
  private byte[] writeDump(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(3);
    try (OutputStream out =
        new ZstdOutputStream(Files.newOutputStream(file))
            .setLevel(1)
            .setLong(WINDOW_LOG)
            .setWindowLog(WINDOW_LOG)) {
      long written = 0;
      out.flush();
      while (written < CONTENT) {
        byte[] line =
            ("{\"id\":\""
                    + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)
                    + "\",\"subreddit\":\"MachineLearning\",\"created_utc\":"
                    + (1_541_030_400 + random.nextInt(2_592_000))
                    + ",\"selftext\":\""
                    + "lorem ipsum ".repeat(random.nextInt(200))
                    + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        out.write(line);
        digest.update(line);
        written += line.length;
      }
    }
    return digest.digest();
  }

  /** Resident bytes of the mapping that starts at {@code start}, from /proc/self/smaps. */
  private static long resident(long start) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("/proc/self/smaps"));
    String header = Long.toHexString(start) + "-";
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(header)) {
        for (int j = i + 1; j < lines.size(); j++) {
          if (lines.get(j).startsWith("Rss:")) {
            return Long.parseLong(lines.get(j).replaceAll("\\D", "")) * 1024;
          }
        }
      }
    }
    return -1;
  }

  @Test
  void theWindowIsResidentAheadOfTheDecoderAndTheDumpReadsWhole() throws Exception {
    assumeTrue(
        Files.isReadable(Path.of("/proc/self/smaps"))
            && System.getProperty("os.name").startsWith("Linux"),
        "Linux");
    assumeFalse("false".equals(System.getProperty(WindowPrefaulter.SWITCH)));
    Path file = dir.resolve("RS_2018-11.zst");
    byte[] written = writeDump(file);

    MessageDigest read = MessageDigest.getInstance("SHA-256");
    WindowPrefaulter prefaulter;
    long residentAhead;
    try (Chunks in = DumpReader.open(file)) {
      assertThat(in).isInstanceOf(ReadAhead.class);
      assertThat(((ReadAhead) in).progress()).isInstanceOf(WindowPrefaulter.class);
      prefaulter = (WindowPrefaulter) ((ReadAhead) in).progress();

      Chunks.Chunk first = in.next();
      read.update(first.data(), 0, first.length());
      // Not reading on, the decoder stops a few chunks ahead: the prefaulter goes its lead past.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (prefaulter.populatedBytes() < WindowPrefaulter.LEAD
          && prefaulter.ended().equals("not ended")
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assumeFalse(
          prefaulter.ended().startsWith("madvise failed with error 22"),
          "a kernel before 5.14, without MADV_POPULATE_WRITE");
      assertThat(prefaulter.ended()).isEqualTo("not ended"); // still running
      assertThat(prefaulter.window()).isPresent();
      assertThat(prefaulter.window().get().bytes())
          .isBetween(1L << WINDOW_LOG, (1L << WINDOW_LOG) + MemoryMaps.SLACK);
      assertThat(prefaulter.populatedBytes()).isGreaterThanOrEqualTo(WindowPrefaulter.LEAD);
      residentAhead = resident(prefaulter.window().get().start());

      for (Chunks.Chunk chunk = in.next(); chunk != null; chunk = in.next()) {
        read.update(chunk.data(), 0, chunk.length());
      }
    }

    // The kernel holds the populated pages, far past what the decoder had written: at most six
    // chunks of 1 MiB (the one read and five ahead of it), all it would have made resident alone.
    assertThat(residentAhead).isGreaterThanOrEqualTo(WindowPrefaulter.LEAD);
    assertThat(read.digest()).isEqualTo(written);
    assertThat(prefaulter.ended()).isIn("stopped", "populated the whole window");
    assertThat(prefaulter.populatedBytes()).isLessThanOrEqualTo(prefaulter.window().get().bytes());
  }
}
