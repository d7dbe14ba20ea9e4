package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A clone reduced to what the launcher runs from, its script and the built jar, for the tests that
 * run {@code ./curate} itself: it has no sources newer than the jar, so it never builds.
 */
final class LauncherClone {
  record Run(int exit, String output) {}

  private LauncherClone() {}

  /** {@code dir/clone}, with {@code curate} and {@code target/curate.jar} copied from this one. */
  static Path copyInto(Path dir) throws Exception {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("curate"), clone.resolve("curate"));
    Files.createDirectories(clone.resolve("target"));
    Files.copy(Path.of("target", "curate.jar"), clone.resolve("target/curate.jar"));
    return clone;
  }

  /** Runs the process to its end, stdout and stderr together. */
  static Run run(ProcessBuilder builder) throws Exception {
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static final byte[] POST =
      ("{\"id\":\"a1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
              + "\"title\":\"t\",\"score\":1,\"num_comments\":1}\n")
          .getBytes(StandardCharsets.UTF_8);

  /** A one-post zstd dump, and the arguments of a fetch of its month. */
  record DumpFetch(Path dump, String[] args) {}

  /**
   * A fetch of November 2018 from a one-post zstd dump written into {@code dir} (r/MachineLearning
   * kept, no refresh, the workspace {@code dir/ws}).
   */
  static DumpFetch oneMonthDumpFetch(Path dir) throws Exception {
    Path dump = dir.resolve("dump.ndjson.zst");
    try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(dump))) {
      out.write(POST);
    }
    Path config =
        Files.writeString(
            dir.resolve("curate.yaml"), "reddit: {subreddits: [MachineLearning], refreshTop: 0}\n");
    return new DumpFetch(
        dump,
        new String[] {
          "fetch",
          "--month",
          "2018-11",
          "--only",
          "reddit",
          "--reddit-dump",
          dump.toString(),
          "--workspace",
          dir.resolve("ws").toString(),
          "--config",
          config.toString()
        });
  }

  /**
   * Writes the one-post dump again as {@code zstd --long=WINDOW_LOG} writes from a pipe: flushed
   * before its end, the frame states no size, so its window is the declared 2^windowLog, large
   * enough for the window's prefaulting (and JNA) to start.
   */
  static void withALargeWindow(Path dump, int windowLog) throws Exception {
    try (OutputStream out =
        new ZstdOutputStream(Files.newOutputStream(dump))
            .setLong(windowLog)
            .setWindowLog(windowLog)) {
      out.write(POST);
      out.flush();
    }
  }
}
