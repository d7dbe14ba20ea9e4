package dev.curate.cli;

import dev.curate.config.SecretVariables;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in the desktop's default browser the way the desktop itself does: {@code open} on
 * macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code xdg-open} elsewhere, but
 * only in a graphical session there ({@code DISPLAY} or {@code WAYLAND_DISPLAY}), since on a server
 * or over SSH it would start a text browser in the terminal or fail. It never waits for the
 * browser: an opener that has not returned after {@link #PATIENCE} is left to finish on its own,
 * and one that fails is reported, never thrown. (java.awt.Desktop is not used: it loads AWT for one
 * call, and on Linux it needs the GNOME libraries.)
 */
final class BrowserOpener {
  static final Duration PATIENCE = Duration.ofSeconds(3);

  private final Map<String, String> env;
  private final String osName;
  private final Duration patience;

  /**
   * @param env the environment the opener is looked up in ({@code PATH}) and run with, but for
   *     curate's credentials
   * @param osName the {@code os.name} system property
   */
  BrowserOpener(Map<String, String> env, String osName) {
    this(env, osName, PATIENCE);
  }

  BrowserOpener(Map<String, String> env, String osName, Duration patience) {
    this.env = Map.copyOf(env);
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.patience = patience;
  }

  /**
   * @param reason why it was not opened, in words that follow "not opened: "; empty when opened
   */
  record Outcome(boolean opened, String reason) {
    static final Outcome OPENED = new Outcome(true, "");

    static Outcome notOpened(String reason) {
      return new Outcome(false, reason);
    }
  }

  Outcome open(Path page) {
    String file = page.toAbsolutePath().toString();
    if (osName.startsWith("mac")) {
      return run(List.of("open", file), "open");
    }
    if (osName.startsWith("windows")) {
      return run(List.of("rundll32", "url.dll,FileProtocolHandler", file), "rundll32");
    }
    if (blank("DISPLAY") && blank("WAYLAND_DISPLAY")) {
      return Outcome.notOpened("no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    }
    Optional<Path> xdgOpen = onPath("xdg-open");
    if (xdgOpen.isEmpty()) {
      return Outcome.notOpened("xdg-open is not on the PATH (it comes with xdg-utils)");
    }
    return run(List.of(xdgOpen.get().toString(), file), "xdg-open");
  }

  private Outcome run(List<String> command, String name) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    // The browser needs none of curate's credentials, so they stay out of its environment.
    builder.environment().clear();
    builder.environment().putAll(SecretVariables.removedFrom(env));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return Outcome.notOpened("cannot run " + name + " (" + e.getMessage() + ")");
    }
    try {
      if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        return Outcome.OPENED; // still busy, as some openers are until the browser is up
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.OPENED;
    }
    int exit = process.exitValue();
    return exit == 0
        ? Outcome.OPENED
        : Outcome.notOpened(name + " failed (exit code " + exit + ")");
  }

  private boolean blank(String name) {
    String value = env.get(name);
    return value == null || value.isBlank();
  }

  /** The first executable {@code name} in the environment's {@code PATH}. */
  private Optional<Path> onPath(String name) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // a PATH entry that is no path: skipped, as a shell skips it
      }
    }
    return Optional.empty();
  }

  private File nullDevice() {
    return new File(osName.startsWith("windows") ? "NUL" : "/dev/null");
  }
}
