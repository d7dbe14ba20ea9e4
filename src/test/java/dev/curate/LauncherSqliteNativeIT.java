package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher unpacks SQLite's native library into target/sqlite-native once per jar, and the
 * driver loads it from there instead of unpacking it into the temporary folder on every start. Run
 * on the built jar, through a {@code java} that points the JVM's temporary folder at a path that
 * does not exist: the driver can then only load the launcher's copy.
 */
class LauncherSqliteNativeIT {
  @TempDir Path dir;

  private record Run(int exit, String output) {}

  private Path aClone() throws Exception {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("curate"), clone.resolve("curate"));
    Files.createDirectories(clone.resolve("target"));
    Files.copy(Path.of("target", "curate.jar"), clone.resolve("target/curate.jar"));
    return clone;
  }

  /** A java that runs the real one with an unusable temporary folder for every JVM it starts. */
  private Path javaWithoutTemporaryFolder() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        java,
        "#!/usr/bin/env bash\nexec '"
            + real
            + "' -Djava.io.tmpdir='"
            + dir.resolve("no-such-folder")
            + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private Run run(Path clone, Path javaBin, String javaOpts, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", clone.resolve("curate").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", javaBin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  @Test
  void theStoreOpensWithTheLibraryTheLauncherUnpackedOnce() throws Exception {
    Path clone = aClone();
    Path java = javaWithoutTemporaryFolder();
    String workspace = dir.resolve("ws").toString();
    Path dump =
        Files.writeString(
            dir.resolve("dump.ndjson"),
            "{\"id\":\"a1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
                + "\"title\":\"t\",\"score\":1,\"num_comments\":1}\n");
    Path config =
        Files.writeString(
            dir.resolve("curate.yaml"), "reddit: {subreddits: [MachineLearning], refreshTop: 0}\n");

    Run first =
        run(
            clone,
            java,
            null,
            "fetch",
            "--month",
            "2018-11",
            "--only",
            "reddit",
            "--reddit-dump",
            dump.toString(),
            "--workspace",
            workspace,
            "--config",
            config.toString());
    Run second = run(clone, java, null, "status", "--workspace", workspace);
    // JAVA_OPTS replaces the launcher's flags: the driver unpacks into the missing folder and
    // fails.
    Run own = run(clone, java, "-Xshare:auto", "status", "--workspace", workspace);

    assertThat(clone.resolve("target/sqlite-native")).isDirectoryContaining("glob:**sqlitejdbc*");
    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(second.exit()).as(second.output()).isZero();
    assertThat(second.output()).contains("2018-11");
    assertThat(own.exit()).as(own.output()).isNotZero();
  }
}
