package dev.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the launcher ({@code ./curate}) shows of its first build (issue 15, point 1): Maven's output
 * through {@code scripts/maven-progress.awk}, as the launcher pipes it.
 */
class LauncherProgressTest {
  private static List<String> progress(List<String> mavenOutput)
      throws IOException, InterruptedException {
    Process awk =
        new ProcessBuilder("awk", "-f", "scripts/maven-progress.awk")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = awk.getOutputStream()) {
      in.write((String.join("\n", mavenOutput) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(awk.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(awk.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  @Test
  void aFirstBuildShowsEachStepTheDownloadsAndTheTime() throws Exception {
    List<String> maven = new ArrayList<>();
    maven.add("[INFO] Scanning for projects...");
    for (int i = 1; i <= 120; i++) {
      maven.add("[INFO] Downloading from central: https://repo.maven.apache.org/maven2/a/" + i);
      maven.add("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/a/" + i);
    }
    maven.add("[INFO] --- enforcer:3.6.3:enforce (enforce-build-and-dependencies) @ curate ---");
    maven.add("[INFO] Rule 0: org.apache.maven.enforcer.rules.version.RequireJavaVersion passed");
    maven.add("[INFO] --- compiler:3.14.0:compile (default-compile) @ curate ---");
    maven.add("[WARNING] a compiler warning nobody running curate needs");
    maven.add("[INFO] --- shade:3.6.2:shade (default) @ curate ---");
    maven.add("[INFO] BUILD SUCCESS");
    maven.add("[INFO] Total time:  45.580 s");

    assertThat(progress(maven))
        .containsExactly(
            "curate: build: downloading from Maven Central (a line every 50 files)",
            "curate: build: 50 files downloaded from Maven Central",
            "curate: build: 100 files downloaded from Maven Central",
            "curate: build: enforcer:enforce",
            "curate: build: compiler:compile",
            "curate: build: shade:shade",
            "curate: build: done in 45.580 s");
  }

  @Test
  void aFailingBuildShowsMavensErrors() throws Exception {
    assertThat(
            progress(
                List.of(
                    "[INFO] --- compiler:3.14.0:compile (default-compile) @ curate ---",
                    "[ERROR] /src/main/java/dev/curate/Main.java:[3,1] class expected",
                    "[INFO] BUILD FAILURE")))
        .containsExactly(
            "curate: build: compiler:compile",
            "[ERROR] /src/main/java/dev/curate/Main.java:[3,1] class expected");
  }
}
