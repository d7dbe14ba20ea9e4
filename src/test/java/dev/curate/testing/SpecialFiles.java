package dev.curate.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Files that are not regular files, made where a test may make them. Never a device node: the tests
 * run as root, so they only ever read (never replace) the system's own {@code /dev} nodes.
 */
public final class SpecialFiles {
  private SpecialFiles() {}

  /** A FIFO at {@code path} (in a test's temporary folder); the test is skipped without mkfifo. */
  public static Path mkfifo(Path path) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      throw e;
    }
    p.getInputStream().readAllBytes();
    Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    return path;
  }
}
