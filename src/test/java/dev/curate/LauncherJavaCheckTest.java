package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's Java version check: a Java older than 17 is refused in one line, and a java that
 * passed is not asked again (a JVM start of its own on every command), until another java is on
 * PATH. Run with a stand-in {@code java} that logs how it was called.
 */
class LauncherJavaCheckTest {
  @TempDir Path dir;

  private record Run(int exit, String output, List<String> javaCalls) {}

  private Path aClone() throws IOException {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("curate"), clone.resolve("curate"));
    Files.createDirectories(clone.resolve("target"));
    Files.writeString(clone.resolve("target/curate.jar"), "not run: java is a stand-in");
    return clone;
  }

  private Path fakeJava(String name, String version) throws IOException {
    Path bin = Files.createDirectories(dir.resolve(name));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/usr/bin/env bash\n"
            + "echo \"$1\" >> \""
            + dir.resolve("java-calls.log")
            + "\"\n"
            + "if [[ \"$1\" == -XshowSettings:properties ]]; then\n"
            + "  echo '    java.specification.version = "
            + version
            + "' >&2\n"
            + "fi\n"
            + "echo ran\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private Run run(Path clone, Path javaBin) throws Exception {
    Files.deleteIfExists(dir.resolve("java-calls.log"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", clone.resolve("curate").toString(), "--version")
            .redirectErrorStream(true);
    builder.environment().put("PATH", javaBin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path log = dir.resolve("java-calls.log");
    List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return new Run(process.exitValue(), output, calls);
  }

  @Test
  void anOldJavaIsRefusedInOneLine() throws Exception {
    Run run = run(aClone(), fakeJava("java11", "11"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.output().strip()).isEqualTo("curate: Java 11 found, curate needs 17 or newer");
  }

  @Test
  void aJavaThatPassedIsNotAskedAgainUntilAnotherIsOnThePath() throws Exception {
    Path clone = aClone();
    Path java17 = fakeJava("java17", "17");

    Run first = run(clone, java17);
    Run second = run(clone, java17);
    Run another = run(clone, fakeJava("java21", "21"));

    assertThat(first.exit()).isZero();
    assertThat(first.javaCalls()).contains("-XshowSettings:properties");
    assertThat(second.exit()).isZero();
    assertThat(second.output()).contains("ran");
    assertThat(second.javaCalls()).doesNotContain("-XshowSettings:properties");
    assertThat(another.javaCalls()).contains("-XshowSettings:properties");
  }
}
