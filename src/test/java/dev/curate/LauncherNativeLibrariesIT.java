package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.LauncherClone.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

  private Path aClone() throws Exception {
    return LauncherClone.copyInto(dir);
  }

  /**
   * A java that runs the real one, with an unusable temporary folder for every JVM it starts while
   * {@link #withoutTemporaryFolder} is on. One binary either way: the launcher unpacks again for
   * another java.
   */
  private Path java() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        java,
        "#!/usr/bin/env bash\nif [[ -e '"
            + dir.resolve("without-temporary-folder")
            + "' ]]; then\n  exec '"
            + real
            + "' -Djava.io.tmpdir='"
            + dir.resolve("no-such-folder")
            + "' \"$@\"\nfi\nexec '"
            + real
            + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private void withoutTemporaryFolder(boolean on) throws Exception {
    Path flag = dir.resolve("without-temporary-folder");
    if (on) {
      Files.writeString(flag, "");
    } else {
      Files.deleteIfExists(flag);
    }
  }

  private Run run(Path clone, Path javaBin, String javaOpts, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", clone.resolve("curate").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PATH", javaBin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    return LauncherClone.run(builder);
  }

  private Path dump;
  private String[] fetch;

  @org.junit.jupiter.api.BeforeEach
  void aDumpAndAConfiguration() throws Exception {
    LauncherClone.DumpFetch written = LauncherClone.oneMonthDumpFetch(dir);
    dump = written.dump();
    fetch = written.args();
  }

  private static void assertFetched(Run run) {
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("1 posts of 2018-11 kept");
  }

  @Test
  void aDumpIsReadAndTheStoreOpenedWithTheLibrariesTheLauncherUnpackedOnce() throws Exception {
    Path clone = aClone();
    Path java = java();
    withoutTemporaryFolder(true);
    String workspace = dir.resolve("ws").toString();

    Run first = run(clone, java, null, fetch);
    Path options = clone.resolve("target/native/options");
    String unpacked = Files.readString(options);
    java.nio.file.attribute.FileTime at = Files.getLastModifiedTime(options);
    Run second = run(clone, java, null, "status", "--workspace", workspace);
    // JAVA_OPTS replaces the launcher's flags: the driver unpacks into the missing folder and
    // fails.
    Run own = run(clone, java, "-Xshare:auto", "status", "--workspace", workspace);

    assertThat(clone.resolve("target/native/sqlite")).isDirectoryContaining("glob:**sqlitejdbc*");
    assertThat(clone.resolve("target/native/zstd")).isDirectoryContaining("glob:**zstd-jni*");
    assertFetched(first);
    assertThat(second.exit()).as(second.output()).isZero();
    assertThat(second.output()).contains("2018-11");
    assertThat(own.exit()).as(own.output()).isNotZero();
    // Once: the second run found the copies and left them as they were.
    assertThat(Files.readString(options)).isEqualTo(unpacked).contains("@native@");
    assertThat(Files.getLastModifiedTime(options)).isEqualTo(at);
  }

  /** The options name the folder by a placeholder: the copies move with the clone. */
  @Test
  void aCloneThatMovedStillLoadsItsCopies() throws Exception {
    Path clone = aClone();
    Path java = java();
    withoutTemporaryFolder(true);
    assertFetched(run(clone, java, null, fetch));

    Path moved = Files.move(clone, dir.resolve("moved elsewhere"));
    Run again = run(moved, java, null, fetch);

    assertFetched(again);
  }

  @Test
  void aCopyThatWillNotLoadGivesWayToTheLibraryInTheJar() throws Exception {
    Path clone = aClone();
    Path java = java();
    assertFetched(run(clone, java, null, fetch));
    try (var copies = Files.list(clone.resolve("target/native/zstd"))) {
      for (Path copy : copies.toList()) {
        Files.writeString(copy, "not a library");
      }
    }

    // zstd unpacks its own library into the temporary folder, as without the launcher's copy.
    Run fallsBack = run(clone, java, null, fetch);
    // Without a temporary folder either: one line, no stack trace.
    withoutTemporaryFolder(true);
    Run neither = run(clone, java, null, fetch);

    assertFetched(fallsBack);
    assertThat(neither.exit()).as(neither.output()).isEqualTo(1);
    assertThat(neither.output())
        .contains("curate: cannot load zstd's native library to read " + dump)
        .doesNotContain("Exception in thread");
  }

  @Test
  void aCopyDeletedByHandIsLeftOutOfTheOptions() throws Exception {
    Path clone = aClone();
    Path java = java();
    assertFetched(run(clone, java, null, fetch));
    try (var copies = Files.list(clone.resolve("target/native/zstd"))) {
      for (Path copy : copies.toList()) {
        Files.delete(copy);
      }
    }

    assertFetched(run(clone, java, null, fetch));
  }
}
