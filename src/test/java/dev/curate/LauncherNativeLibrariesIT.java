package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher unpacks the native libraries of SQLite and zstd into target/native once per jar, and
 * both load them from there instead of unpacking them into the temporary folder on every start. Run
 * on the built jar, through a {@code java} that points the JVM's temporary folder at a path that
 * does not exist: the libraries can then only load the launcher's copies.
 */
class LauncherNativeLibrariesIT {
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
  void aDumpIsReadAndTheStoreOpenedWithTheLibrariesTheLauncherUnpackedOnce() throws Exception {
    Path clone = aClone();
    Path java = javaWithoutTemporaryFolder();
    String workspace = dir.resolve("ws").toString();
    Path dump = dir.resolve("dump.ndjson.zst");
    try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(dump))) {
      out.write(
          ("{\"id\":\"a1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
                  + "\"title\":\"t\",\"score\":1,\"num_comments\":1}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path config =
        Files.writeString(
            dir.resolve("curate.yaml"), "reddit: {subreddits: [MachineLearning], refreshTop: 0}\n");

    String[] fetch = {
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
      config.toString()
    };
    Run first = run(clone, java, null, fetch);
    Run second = run(clone, java, null, "status", "--workspace", workspace);
    // JAVA_OPTS replaces the launcher's flags: the driver unpacks into the missing folder and
    // fails.
    Run own = run(clone, java, "-Xshare:auto", "status", "--workspace", workspace);

    assertThat(clone.resolve("target/native/sqlite")).isDirectoryContaining("glob:**sqlitejdbc*");
    assertThat(clone.resolve("target/native/zstd")).isDirectoryContaining("glob:**zstd-jni*");
    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(first.output()).contains("1 posts of 2018-11 kept");
    assertThat(second.exit()).as(second.output()).isZero();
    assertThat(second.output()).contains("2018-11");
    assertThat(own.exit()).as(own.output()).isNotZero();

    // SQLite's copy given by hand, zstd left to unpack itself into the missing folder: one line.
    String sqliteOnly =
        String.join(
            " ",
            Files.readAllLines(clone.resolve("target/native/options")).stream()
                .filter(option -> option.startsWith("-Dorg.sqlite"))
                .toList());
    Run zstdUnpacking = run(clone, java, sqliteOnly, fetch);
    assertThat(zstdUnpacking.exit()).as(zstdUnpacking.output()).isEqualTo(1);
    assertThat(zstdUnpacking.output())
        .contains("curate: cannot load zstd's native library to read " + dump)
        .doesNotContain("Exception in thread");
  }
}
