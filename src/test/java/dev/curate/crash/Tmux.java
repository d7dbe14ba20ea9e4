package dev.curate.crash;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for a test: one tmux session of a given size on a server of its own (its own
 * socket, no user configuration), running one shell script; its screen is read with {@code
 * capture-pane} and keys are sent with {@code send-keys}, as a person would type them.
 *
 * <p>Without tmux the test is skipped, saying so; under {@code CI=true} it fails instead, since
 * {@code .ci/run} installs tmux.
 */
final class Tmux implements AutoCloseable {
  private static final String SESSION = "curate";

  private final String socket = "curate-it-" + UUID.randomUUID();

  private Tmux() {}

  /** A server of its own, or the test skipped (failed under CI) when tmux is missing. */
  static Tmux require() {
    boolean found = onPath("tmux");
    if (!found && "true".equals(System.getenv("CI"))) {
      fail("tmux is not installed, and CI must run the terminal tests: .ci/run installs it");
    }
    assumeTrue(
        found, "tmux is not installed: the terminal tests are skipped (apt-get install tmux)");
    return new Tmux();
  }

  private static boolean onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, name))) {
        return true;
      }
    }
    return false;
  }

  /** Starts {@code script} (run by bash) in a session {@code columns} wide. */
  void start(Path script, int columns, int rows) throws IOException, InterruptedException {
    run(
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        SESSION,
        "-x",
        Integer.toString(columns),
        "-y",
        Integer.toString(rows),
        "bash " + script);
  }

  /** What the pane shows now, one string a row, trailing blanks and empty rows dropped. */
  List<String> screen() throws IOException, InterruptedException {
    List<String> rows = new ArrayList<>();
    for (String row : run("capture-pane", "-p", "-t", SESSION).split("\n", -1)) {
      rows.add(row.stripTrailing());
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    return rows;
  }

  /** Types {@code key} in tmux's notation, e.g. {@code C-c}. */
  void sendKey(String key) throws IOException, InterruptedException {
    run("send-keys", "-t", SESSION, key);
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process tmux = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = tmux.getInputStream().readAllBytes();
    if (!tmux.waitFor(10, TimeUnit.SECONDS) || tmux.exitValue() != 0) {
      throw new IOException(
          "tmux " + String.join(" ", args) + ": " + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("tmux", "-L", socket, "kill-server")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }
}
