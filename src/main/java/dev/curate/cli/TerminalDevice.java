package dev.curate.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether one of the process's standard streams is a terminal, and how wide the terminal is. {@code
 * System.console()} cannot say: it is null as soon as stdin is redirected ({@code curate fetch
 * </dev/null} on a terminal), and says nothing about stderr. On Linux the stream's file in {@code
 * /proc/self/fd} names the device; elsewhere {@code System.console()} is the fallback.
 *
 * <p>The system property {@code curate.terminal.fd<N>} ({@code true}/{@code false}) overrides the
 * answer for stream N, for tests and for a launcher that knows better ({@code test -t 2}).
 */
final class TerminalDevice {
  static final int STDERR = 2;

  /** The width assumed when none can be learned: the classic terminal's. */
  static final int DEFAULT_COLUMNS = 80;

  private TerminalDevice() {}

  static boolean isTerminal(int fd) {
    String forced = System.getProperty("curate.terminal.fd" + fd);
    if (forced != null) {
      return Boolean.parseBoolean(forced);
    }
    Path link = Path.of("/proc/self/fd", Integer.toString(fd));
    try {
      String device = Files.readSymbolicLink(link).toString();
      return device.startsWith("/dev/pts/")
          || device.startsWith("/dev/tty")
          || device.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * The terminal's width: {@code curate.columns}, else {@code COLUMNS} (shells set it but seldom
   * export it), else what {@code stty size} says of {@code /dev/tty}, else 80.
   */
  static int columns(Map<String, String> env) {
    for (String given : new String[] {System.getProperty("curate.columns"), env.get("COLUMNS")}) {
      int columns = positive(given);
      if (columns > 0) {
        return columns;
      }
    }
    return stty();
  }

  private static int stty() {
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return DEFAULT_COLUMNS;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!stty.waitFor(1, TimeUnit.SECONDS)) {
        stty.destroyForcibly();
        return DEFAULT_COLUMNS;
      }
      String[] rowsColumns =
          new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
              .trim()
              .split("\\s+");
      int columns = rowsColumns.length == 2 ? positive(rowsColumns[1]) : 0;
      return columns > 0 ? columns : DEFAULT_COLUMNS;
    } catch (IOException e) {
      return DEFAULT_COLUMNS;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DEFAULT_COLUMNS;
    }
  }

  private static int positive(String value) {
    if (value == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value.trim());
      return n > 0 && n < 10_000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
