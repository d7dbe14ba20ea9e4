package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the preview with the desktop's opener, here a stand-in {@code xdg-open} script on the
 * {@code PATH} the opener is given: it is run with the page, a failure is said, and a slow one is
 * not waited for.
 */
class BrowserOpenerTest {
  @TempDir Path bin;
  @TempDir Path out;

  private Path xdgOpen(String body) throws IOException {
    Path script = bin.resolve("xdg-open");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private BrowserOpener opener(Map<String, String> env) {
    return new BrowserOpener(env, "Linux", Duration.ofSeconds(10));
  }

  @Test
  void runsXdgOpenWithThePageInADesktopSession() throws IOException {
    Path asked = out.resolve("asked");
    xdgOpen("printf '%s' \"$1\" > '" + asked + "'");
    Path page = out.resolve("2018-11.html");

    BrowserOpener.Outcome outcome =
        opener(Map.of("PATH", bin.toString(), "DISPLAY", ":0")).open(page);

    assertThat(outcome).isEqualTo(BrowserOpener.Outcome.OPENED);
    assertThat(asked).hasContent(page.toAbsolutePath().toString());
  }

  @Test
  void theOpenerAndSoTheBrowserGetNoneOfCuratesCredentials() throws IOException {
    Path seen = out.resolve("env");
    xdgOpen("env > '" + seen + "'");

    opener(
            Map.of(
                "PATH", bin + ":/usr/bin:/bin",
                "DISPLAY", ":0",
                "LANG", "C.UTF-8",
                "GH_TOKEN", "ghp_OpenerTest000000000000000000000000",
                "GITHUB_TOKEN", "ghs_OpenerTest",
                "REDDIT_CLIENT_ID", "opener-id",
                "REDDIT_CLIENT_SECRET", "opener-secret",
                "CLICKHOUSE_PASSWORD", "opener-clickhouse-password"))
        .open(out);

    assertThat(Files.readString(seen))
        .contains("DISPLAY=:0", "LANG=C.UTF-8")
        .doesNotContain(
            "ghp_OpenerTest",
            "ghs_OpenerTest",
            "opener-id",
            "opener-secret",
            "opener-clickhouse-password");
  }

  @Test
  void waylandIsADesktopToo() throws IOException {
    xdgOpen("exit 0");

    assertThat(
            opener(Map.of("PATH", bin.toString(), "WAYLAND_DISPLAY", "wayland-0"))
                .open(out)
                .opened())
        .isTrue();
  }

  @Test
  void withoutADesktopNothingIsRunAndTheReasonIsGiven() throws IOException {
    Path asked = out.resolve("asked");
    xdgOpen("touch '" + asked + "'");

    BrowserOpener.Outcome outcome =
        opener(Map.of("PATH", bin.toString(), "DISPLAY", " ")).open(out);

    assertThat(outcome.opened()).isFalse();
    assertThat(outcome.reason())
        .isEqualTo("no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    assertThat(asked).doesNotExist();
  }

  @Test
  void withoutXdgOpenTheReasonSaysWhereItComesFrom() {
    BrowserOpener.Outcome outcome =
        opener(Map.of("PATH", bin.toString(), "DISPLAY", ":0")).open(out);

    assertThat(outcome.opened()).isFalse();
    assertThat(outcome.reason()).isEqualTo("xdg-open is not on the PATH (it comes with xdg-utils)");
  }

  @Test
  void anOpenerThatFailsIsSaidNotThrown() throws IOException {
    xdgOpen("exit 3");

    BrowserOpener.Outcome outcome =
        opener(Map.of("PATH", bin.toString(), "DISPLAY", ":0")).open(out);

    assertThat(outcome).isEqualTo(BrowserOpener.Outcome.notOpened("xdg-open failed (exit code 3)"));
  }

  @Test
  void anOpenerThatDoesNotReturnIsNotWaitedForPastItsPatience() throws IOException {
    xdgOpen("exec sleep 30");
    BrowserOpener patient =
        new BrowserOpener(
            Map.of("PATH", bin + ":/usr/bin:/bin", "DISPLAY", ":0"),
            "Linux",
            Duration.ofMillis(300));

    long start = System.nanoTime();
    BrowserOpener.Outcome outcome = patient.open(out);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcome.opened()).isTrue();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    ProcessHandle.current()
        .children()
        .filter(p -> p.info().commandLine().orElse("").contains("sleep 30"))
        .forEach(ProcessHandle::destroy);
  }
}
