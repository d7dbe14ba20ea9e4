package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.LauncherClone.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (target/curate.jsa) is a static one: Java 17 leaves classes
 * compiled for Java 5, as picocli's are, out of an archive written at a JVM's exit, and every
 * command then loaded picocli from the jar. Run on the built jar, in a copy of the clone.
 */
class LauncherClassArchiveIT {
  @TempDir Path dir;

  private Path aClone() throws Exception {
    return LauncherClone.copyInto(dir);
  }

  private static Run run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_OPTS");
    return LauncherClone.run(builder);
  }

  /** Where the JVM found each class it loaded, as {@code -Xlog:class+load} says it. */
  private static Run withTheArchive(Path clone, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
    command.addAll(
        List.of(
            "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=" + clone.resolve("target/curate.jsa"),
            "-Xlog:class+load=info",
            "-jar",
            clone.resolve("target/curate.jar").toString()));
    command.addAll(List.of(args.length == 0 ? new String[] {"--version"} : args));
    return run(command);
  }

  @Test
  void theArchiveHoldsPicocliAndCuratesOwnClasses() throws Exception {
    Path clone = aClone();

    Run first = run(List.of("bash", clone.resolve("curate").toString(), "--version"));
    Run loads = withTheArchive(clone);

    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(first.output()).startsWith("curate ");
    assertThat(clone.resolve("target/curate.jsa")).isNotEmptyFile();
    assertThat(loads.exit()).as(loads.output()).isZero();
    assertThat(loads.output())
        .contains("picocli.CommandLine source: shared objects file")
        .contains("dev.curate.cli.CurateCli source: shared objects file");
  }

  /**
   * The training reads a .zst, as dump fetches do: zstd-jni's classes load before the first byte.
   */
  @Test
  void theArchiveHoldsWhatADumpFetchLoadsBeforeItsFirstByte() throws Exception {
    Path clone = aClone();
    String[] fetch = LauncherClone.oneMonthDumpFetch(dir).args();
    assertThat(run(List.of("bash", clone.resolve("curate").toString(), "--version")).exit())
        .isZero();

    Run loads = withTheArchive(clone, fetch);

    assertThat(loads.exit()).as(loads.output()).isZero();
    assertThat(loads.output())
        .contains("1 posts of 2018-11 kept")
        .contains("com.github.luben.zstd.ZstdInputStreamNoFinalizer source: shared objects file")
        .contains("dev.curate.reddit.dump.ReadAhead source: shared objects file");
  }

  /**
   * A dump written from a pipe declares a large window, which a thread of its own maps in ahead of
   * the decoder: its classes and JNA's load before the first byte too, and the training's frame
   * declares such a window.
   */
  @Test
  void theArchiveHoldsWhatALargeWindowLoads() throws Exception {
    Path clone = aClone();
    LauncherClone.DumpFetch fetch = LauncherClone.oneMonthDumpFetch(dir);
    LauncherClone.withALargeWindow(fetch.dump(), 27);
    assertThat(run(List.of("bash", clone.resolve("curate").toString(), "--version")).exit())
        .isZero();

    Run loads = withTheArchive(clone, fetch.args());

    assertThat(loads.exit()).as(loads.output()).isZero();
    assertThat(loads.output())
        .contains("1 posts of 2018-11 kept")
        .contains("dev.curate.reddit.dump.WindowPrefaulter source: shared objects file")
        .contains("com.sun.jna.Native source: shared objects file");
  }

  /** A jar built again is trained again: an archive of the old jar would be ignored by the JVM. */
  @Test
  void aNewJarIsTrainedAgain() throws Exception {
    Path clone = aClone();
    assertThat(run(List.of("bash", clone.resolve("curate").toString(), "--version")).exit())
        .isZero();
    Path archive = clone.resolve("target/curate.jsa");
    long trained = Files.getLastModifiedTime(archive).toMillis();
    Path jar = clone.resolve("target/curate.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(trained + 2_000));

    Run again = run(List.of("bash", clone.resolve("curate").toString(), "--version"));

    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(trained);
    assertThat(withTheArchive(clone).output())
        .contains("picocli.CommandLine source: shared objects file");
  }

  /**
   * A JVM refuses a static archive whole when the jar's path changed, the JDK's own classes with
   * it: a clone that moved is trained again.
   */
  @Test
  void aCloneThatMovedIsTrainedAgain() throws Exception {
    Path clone = aClone();
    assertThat(run(List.of("bash", clone.resolve("curate").toString(), "--version")).exit())
        .isZero();

    Path moved = Files.move(clone, dir.resolve("moved"));
    Run again = run(List.of("bash", moved.resolve("curate").toString(), "--version"));

    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(Files.readString(moved.resolve("target/curate.jsa.for")))
        .contains(moved.resolve("target/curate.jar").toString());
    assertThat(withTheArchive(moved).output())
        .contains("picocli.CommandLine source: shared objects file");
  }

  /**
   * A java that cannot write an archive leaves an empty one, which the launcher does not give to
   * the JVM: given, it would have replaced the JDK's own archive too.
   */
  @Test
  void withoutAnArchiveTheJdksOwnIsStillMapped() throws Exception {
    Path clone = aClone();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        bin.resolve("java"),
        "#!/usr/bin/env bash\nfor a in \"$@\"; do [[ $a == -Xshare:dump ]] && exit 1; done\nexec '"
            + real
            + "' \"$@\"\n");
    Files.setPosixFilePermissions(
        bin.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path loads = dir.resolve("loads.log");
    ProcessBuilder builder =
        new ProcessBuilder("bash", clone.resolve("curate").toString(), "--version");
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + loads);

    Run run = LauncherClone.run(builder);

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(clone.resolve("target/curate.jsa")).isEmptyFile();
    assertThat(Files.readString(loads)).contains("java.lang.Object source: shared objects file");
  }
}
