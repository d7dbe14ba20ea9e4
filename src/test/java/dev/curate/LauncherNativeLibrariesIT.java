package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.LauncherClone.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher unpacks the native libraries of SQLite, zstd and JNA into target/native once per
 * jar, and each loads them from there instead of unpacking them into the temporary folder (JNA: its
 * cache folder) whenever it loads. Run on the built jar, through a {@code java} that points the
 * temporary folders at paths that cannot be used: the libraries can then only load the launcher's
 * copies.
 */
class LauncherNativeLibrariesIT {
  @TempDir Path dir;

  private Path aClone() throws Exception {
    return LauncherClone.copyInto(dir);
  }

  /**
   * A java that runs the real one, with an unusable temporary folder for every JVM it starts while
   * {@link #withoutTemporaryFolder} is on: the JVM's, and JNA's own ({@code jna.tmpdir}, else
   * {@code ~/.cache/JNA/temp} on Linux), a folder below a file, which JNA's {@code mkdirs} cannot
   * make as it would make a missing one. One binary either way: the launcher unpacks again for
   * another java.
   */
  private Path java() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Path file = Files.writeString(dir.resolve("a-file"), "");
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        java,
        "#!/usr/bin/env bash\nif [[ -e '"
            + dir.resolve("without-temporary-folder")
            + "' ]]; then\n  exec '"
            + real
            + "' -Djava.io.tmpdir='"
            + dir.resolve("no-such-folder")
            + "' -Djna.tmpdir='"
            + file.resolve("jna")
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

  /**
   * Rewrites {@link #dump} as {@code zstd --long=31} from a pipe writes it: a streamed frame that
   * declares a 2 GiB window, which the reader populates through JNA ({@code
   * reddit.dump.WindowPrefaulter}), with 20 MB of another subreddit's lines after the post to give
   * the populating thread time to start before the decoder is done (it does not start after).
   */
  /**
   * {@link JnaDispatchPath} in a JVM started through {@code java} with these options: JNA's classes
   * from the clone's jar, the class itself from the tests'.
   */
  private Run loadJna(Path clone, Path javaBin, List<String> options) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin.resolve("java").toString()));
    command.addAll(options);
    command.addAll(
        List.of(
            "-cp",
            Path.of("target", "test-classes").toAbsolutePath()
                + File.pathSeparator
                + clone.resolve("target/curate.jar"),
            JnaDispatchPath.class.getName()));
    return LauncherClone.run(new ProcessBuilder(command));
  }

  /**
   * JNA, which populates a large window, loads the launcher's copy of its dispatch library. No
   * command is sure to load JNA (the window's thread loads it only if it starts before the decoder
   * is done): so a fetch of such a dump shows that the option does no harm, and a JVM given the
   * launcher's options, as the launcher gives them, shows which file JNA loads; without the option
   * the same JVM cannot load JNA at all.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void jnaLoadsItsCopy() throws Exception {
    Path clone = aClone();
    Path java = java();
    LauncherClone.withALargeWindow(dump, 31);
    withoutTemporaryFolder(true);

    Run fetched = run(clone, java, null, fetch);
    Path natives = clone.resolve("target/native");
    List<String> options =
        Files.readAllLines(natives.resolve("options")).stream()
            .map(option -> option.replace("@native@", natives.toString()))
            .toList();
    Run withCopy = loadJna(clone, java, options);
    Run without =
        loadJna(clone, java, options.stream().filter(o -> !o.startsWith("-Djna.")).toList());

    assertFetched(fetched);
    // JNA logs a warning while it loads when its temporary folder is unusable, as here: silenced.
    assertThat(fetched.output()).doesNotContain("Exception in thread").doesNotContain("JNA");
    Path copy = natives.resolve("jna").resolve(System.mapLibraryName("jnidispatch"));
    assertThat(options).contains("-Djna.boot.library.path=" + natives.resolve("jna"));
    assertThat(withCopy.exit()).as(withCopy.output()).isZero();
    assertThat(withCopy.output())
        .containsPattern("(?m)^\\d+ " + Pattern.quote(copy.toString()) + "$");
    assertThat(without.exit()).as(without.output()).isNotZero();
    assertThat(without.output()).contains("UnsatisfiedLinkError");
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
    assertThat(clone.resolve("target/native/jna")).isDirectoryContaining("glob:**jnidispatch*");
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
