package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (target/curate.jsa) is a static one: Java 17 leaves classes
 * compiled for Java 5, as picocli's are, out of an archive written at a JVM's exit, and every
 * command then loaded picocli from the jar. Run on the built jar, in a copy of the clone.
 */
class LauncherClassArchiveIT {
  @TempDir Path dir;

  private record Run(int exit, String output) {}

  private Path aClone() throws Exception {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("curate"), clone.resolve("curate"));
    Files.createDirectories(clone.resolve("target"));
    Files.copy(Path.of("target", "curate.jar"), clone.resolve("target/curate.jar"));
    return clone;
  }

  private static Run run(List<String> command, String javaOpts) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  /** Where the JVM found each class it loaded, as {@code -Xlog:class+load} says it. */
  private static Run withTheArchive(Path clone) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
    command.addAll(
        List.of(
            "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=" + clone.resolve("target/curate.jsa"),
            "-Xlog:class+load=info",
            "-jar",
            clone.resolve("target/curate.jar").toString(),
            "--version"));
    return run(command, null);
  }

  @Test
  void theArchiveHoldsPicocliAndCuratesOwnClasses() throws Exception {
    Path clone = aClone();

    Run first = run(List.of("bash", clone.resolve("curate").toString(), "--version"), null);
    Run loads = withTheArchive(clone);

    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(first.output()).startsWith("curate ");
    assertThat(clone.resolve("target/curate.jsa")).isNotEmptyFile();
    assertThat(loads.exit()).as(loads.output()).isZero();
    assertThat(loads.output())
        .contains("picocli.CommandLine source: shared objects file")
        .contains("dev.curate.cli.CurateCli source: shared objects file");
  }

  /** A jar built again is trained again: an archive of the old jar would be ignored by the JVM. */
  @Test
  void aNewJarIsTrainedAgain() throws Exception {
    Path clone = aClone();
    assertThat(run(List.of("bash", clone.resolve("curate").toString(), "--version"), null).exit())
        .isZero();
    Path archive = clone.resolve("target/curate.jsa");
    long trained = Files.getLastModifiedTime(archive).toMillis();
    Path jar = clone.resolve("target/curate.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(trained + 2_000));

    Run again = run(List.of("bash", clone.resolve("curate").toString(), "--version"), null);

    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(trained);
    assertThat(withTheArchive(clone).output())
        .contains("picocli.CommandLine source: shared objects file");
  }
}
