package dev.curate.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code curate fetch} in a real child JVM, so that it can be killed like a user's process: by
 * SIGKILL, or by SIGINT as Ctrl-C sends it. Failsafe (like Surefire) starts tests from a
 * manifest-only jar that carries the whole test class path, so {@code java.class.path} is enough to
 * run {@code Main}.
 */
final class ChildCurate {
  static final String MONTH = "2018-11";

  private final Path workspace;
  private final Path config;
  private final Map<String, String> env;

  /**
   * @param config a small configuration (2 queries, 2 subreddits) so that search pacing keeps a
   *     fetch short
   */
  ChildCurate(Path workspace, Path config, Map<String, String> env) {
    this.workspace = workspace;
    this.config = config;
    this.env = Map.copyOf(env);
  }

  static Path writeConfig(Path dir) throws IOException {
    Path file = dir.resolve("crash.yaml");
    Files.writeString(
        file,
        """
        github:
          queries: [topic:deep-learning, topic:gan]
          maxPagesPerQuery: 1
        reddit:
          subreddits: [MachineLearning, datascience]
        """);
    return file;
  }

  /** The child's environment: only what curate reads, so the developer's own never leaks in. */
  static Map<String, String> environment(String standInUrl, Path home) {
    return Map.of(
        "PATH",
        System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
        "HOME",
        home.toString(),
        "CURATE_CONFIG_DIR",
        home.toString(),
        "CURATE_GITHUB_API_URL",
        standInUrl,
        "CURATE_REDDIT_URL",
        standInUrl,
        "CURATE_REDDIT_OAUTH_URL",
        standInUrl,
        "CURATE_REDDIT_ARCHIVE_URL",
        standInUrl,
        // Never the public playground; the fetches here read GitHub by search (see command).
        "CURATE_CLICKHOUSE_URL",
        "http://127.0.0.1:9",
        // With a token, searches are paced 2 s apart instead of 6 s.
        "GH_TOKEN",
        "ghp_ChildProcessToken0000000000000000");
  }

  Running start(String... extraArgs) throws IOException {
    return start(List.of(), List.of(), extraArgs);
  }

  /**
   * Starts the child under a file-size limit (RLIMIT_FSIZE, set with {@code ulimit -f} by {@code
   * /bin/sh}, in POSIX's 512-byte blocks): a write past it fails as it would on a full disk, and
   * the JVM ignores the SIGXFSZ that comes with it. sqlite-jdbc would otherwise extract its 1 MB
   * native library to the temp folder on start-up and fail, so it is loaded from {@code
   * sqliteLibrary}, extracted beforehand.
   */
  Running startWithFileSizeLimit(long blocksOf512, Path sqliteLibrary, String... extraArgs)
      throws IOException {
    List<String> prefix =
        List.of("/bin/sh", "-c", "ulimit -f " + blocksOf512 + " && exec \"$@\"", "sh");
    List<String> jvm =
        List.of(
            "-Dorg.sqlite.lib.path=" + sqliteLibrary.getParent(),
            "-Dorg.sqlite.lib.name=" + sqliteLibrary.getFileName(),
            "-XX:-UsePerfData");
    return start(prefix, jvm, extraArgs);
  }

  private Running start(List<String> prefix, List<String> jvmOptions, String... extraArgs)
      throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short-lived CLI: the C1 compiler alone and a small GC start fastest.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "dev.curate.Main",
            "fetch",
            "--month",
            MONTH,
            "--workspace",
            workspace.toString(),
            "--config",
            config.toString(),
            // What is killed or starved here is the store's writes, not GH Archive's events.
            "--github-source",
            "search"));
    command.addAll(List.of(extraArgs));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.PIPE);
    pb.environment().clear();
    pb.environment().putAll(env);
    return new Running(pb.start());
  }

  /**
   * Copies sqlite-jdbc's native library for this platform out of its jar, for a child that cannot.
   */
  static Path extractSqliteLibrary(Path dir) throws IOException {
    String arch =
        System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
    String resource = "/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
    try (java.io.InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          in != null, "no sqlite-jdbc library at " + resource);
      Path target = dir.resolve("libsqlitejdbc.so");
      Files.copy(in, target);
      return target;
    }
  }

  /** A started child: its stderr lines as they come, and a trigger that acts on one of them. */
  static final class Running {
    private static final int TIME_WIDTH = "12345 ms  ".length();
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile Predicate<String> trigger = line -> false;
    private volatile Runnable action = () -> {};

    Running(Process process) {
      this.process = process;
      this.reader = new Thread(this::read, "child-stderr-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    /** Runs {@code action} on the reader thread as soon as a line matching {@code when} arrives. */
    void onLine(Predicate<String> when, Runnable then) {
      this.action = then;
      this.trigger = when;
      // A line that arrived before the trigger was set still counts.
      if (lines().stream().anyMatch(when)) {
        fire();
      }
    }

    private synchronized void fire() {
      Runnable a = action;
      action = () -> {};
      a.run();
    }

    private void read() {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(String.format(java.util.Locale.ROOT, "%5d ms  ", elapsed().toMillis()) + line);
          if (trigger.test(line)) {
            fire();
          }
        }
      } catch (IOException e) {
        // The pipe breaks when the child is killed: the lines read so far are what it said.
      }
    }

    long pid() {
      return process.pid();
    }

    boolean isAlive() {
      return process.isAlive();
    }

    /**
     * SIGKILL through the process handle: {@code Process.destroyForcibly} would also close our end
     * of the stderr pipe, losing lines the child wrote just before it died.
     */
    void kill() {
      process.toHandle().destroyForcibly();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    void interrupt() {
      try {
        Process kill =
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        kill.waitFor(5, TimeUnit.SECONDS);
      } catch (IOException e) {
        throw new IllegalStateException("cannot run kill -INT", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Waits for the child to end (the one wait these tests need) and for its stderr to drain. */
    int await(Duration limit) throws InterruptedException {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
        throw new AssertionError("curate fetch did not end within " + limit + "; stderr: " + lines);
      }
      reader.join(5_000);
      return process.exitValue();
    }

    /** When the first stderr line arrived: the JVM has started and the fetch begins. */
    Duration firstLineAfter() {
      return lines.isEmpty()
          ? elapsed()
          : Duration.ofMillis(Long.parseLong(lines.get(0).substring(0, 5).trim()));
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** What the child printed on stderr so far, without the arrival times. */
    List<String> lines() {
      return lines.stream().map(l -> l.substring(TIME_WIDTH)).toList();
    }

    /** The lines with the milliseconds after start at which each arrived. */
    List<String> timedLines() {
      return List.copyOf(lines);
    }

    String stderr() {
      return String.join("\n", lines());
    }
  }
}
