package dev.curate.events;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real ClickHouse engine behind ClickHouse's HTTP interface, for the tests: chDB (npm {@code
 * chdb}, ClickHouse 26.x in a Node process) answered by {@code src/test/node/clickhouse-shim.js},
 * with the playground's {@code github_events} table ({@code src/test/node/github_events.sql}).
 *
 * <p>It needs {@code node} on the PATH and chDB installed where the shim can {@code require} it:
 * {@code scripts/install-chdb} puts it in {@code target/chdb} ({@code CURATE_CHDB_DIR} names
 * another folder). Without them a test is skipped with a message saying so, except under {@code
 * CI=true}, where it fails: CI installs chDB ({@code .ci/run}), so a missing one is a broken build,
 * not a reason to test less.
 */
final class ClickHouseShim implements AutoCloseable {
  private static final Path SCRIPT = Path.of("src/test/node/clickhouse-shim.js");
  private static final Path SCHEMA = Path.of("src/test/node/github_events.sql");

  /** chDB loads a 500 MB library: seconds on a busy machine, never a minute. */
  private static final long START_SECONDS = 60;

  private final Process process;
  private final int port;
  private final Path errors;

  private ClickHouseShim(Process process, int port, Path errors) {
    this.process = process;
    this.port = port;
    this.errors = errors;
  }

  /**
   * Starts the shim with the events of {@code table} (JSONEachRow rows of github_events) loaded.
   *
   * @param options more of the shim's options ({@code --account curate:pw}, {@code --readonly})
   */
  static ClickHouseShim start(Path table, String... options) throws IOException {
    requireEngine();
    Path modules = modules();
    List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
    command.addAll(List.of("--sql", SCHEMA.toString(), "--load", "github_events=" + table));
    command.addAll(List.of(options));
    Path errors = Files.createTempFile("clickhouse-shim", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
    builder.environment().put("NODE_PATH", modules.toString());
    Process process = builder.start();
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
              } catch (IOException e) {
                return null;
              }
            });
    String line;
    try {
      line = first.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      line = null;
    }
    if (line == null || !line.startsWith("listening ")) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "the ClickHouse shim did not start: " + Files.readString(errors).strip());
    }
    return new ClickHouseShim(
        process, Integer.parseInt(line.substring("listening ".length())), errors);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws IOException {
    // Closing its stdin ends the shim; the kill is for one that hangs.
    process.getOutputStream().close();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(errors);
  }

  private static Path modules() {
    String dir = System.getenv("CURATE_CHDB_DIR");
    return Path.of(dir == null || dir.isBlank() ? "target/chdb" : dir)
        .toAbsolutePath()
        .resolve("node_modules");
  }

  private static String nodeVersion() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? version.strip() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Whether node and chDB are there to start the shim. */
  static boolean engineAvailable() {
    return missing() == null;
  }

  /**
   * Skips the calling test when node or chDB is missing, or fails it under {@code CI=true}, with a
   * message saying what is missing and how to install it.
   */
  static void requireEngine() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(missing + "; CI must run the real-engine tests (.ci/run installs chDB)");
    }
    Assumptions.abort(missing + "; skipped (under CI=true this fails)");
  }

  private static String missing() {
    if (nodeVersion() == null) {
      return "node is not on the PATH";
    }
    Path modules = modules();
    if (!Files.isDirectory(modules.resolve("chdb"))) {
      return "chDB is not installed in "
          + modules
          + ": run scripts/install-chdb (npm install --prefix target/chdb chdb)";
    }
    return null;
  }
}
