package dev.curate.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether standard output itself is a terminal, and how many columns it has: what decides between
 * an aligned table fitted to the width and tab-separated values, and the width help wraps at.
 *
 * <p>Java 17 cannot ask {@code isatty(1)}: {@code Console.isTerminal()} is Java 22, and {@code
 * System.console()} is null as soon as stdin is redirected, so {@code curate rank </dev/null} on a
 * terminal printed TSV. So, in order:
 *
 * <ol>
 *   <li>Linux: {@code /proc/self/fd/1} is a link to what stdout writes to; a terminal is {@code
 *       /dev/pts/N}, {@code /dev/ttyX} or {@code /dev/console}, a pipe is {@code pipe:[N]}, a file
 *       its path. No process is started.
 *   <li>Elsewhere (macOS, the BSDs): POSIX {@code test -t 1} in a child shell that inherits
 *       curate's stdout, which is {@code isatty(1)} on the very same descriptor.
 *   <li>Without a shell (Windows): {@code System.console()}, which errs on the side of TSV.
 * </ol>
 *
 * <p>The width: {@code COLUMNS} when it is set (POSIX lets it override the terminal's own size),
 * else, on a terminal, {@code stty size} reading the controlling terminal ({@code /dev/tty}), else
 * {@value #DEFAULT_WIDTH}.
 *
 * @param isTerminal whether stdout is a terminal
 * @param width the columns to fit output to
 */
record StdoutTerminal(boolean isTerminal, int width) {
  static final int DEFAULT_WIDTH = 80;

  private static final Pattern TERMINAL_DEVICE =
      Pattern.compile("/dev/(?:pts/\\d+|tty[A-Za-z0-9]*|console)");
  private static final Pattern STTY_SIZE = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s*");

  static StdoutTerminal detect(Map<String, String> env) {
    boolean terminal = stdoutIsTerminal();
    OptionalInt columns = columns(env.get("COLUMNS"));
    if (columns.isEmpty() && terminal) {
      columns = sttyColumns();
    }
    return new StdoutTerminal(terminal, columns.orElse(DEFAULT_WIDTH));
  }

  /** What {@code /proc/self/fd/1} links to says whether it is a terminal. */
  static boolean isTerminalDevice(String linkTarget) {
    return TERMINAL_DEVICE.matcher(linkTarget).matches();
  }

  /** {@code COLUMNS} as a width, or empty when it is unset, not a number or not positive. */
  static OptionalInt columns(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The columns of {@code stty size}'s answer ("rows columns"); empty for anything else, and for 0,
   * which a terminal whose size was never set reports.
   */
  static OptionalInt sttySizeColumns(String answer) {
    Matcher m = STTY_SIZE.matcher(answer);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    return columns(m.group(2));
  }

  private static boolean stdoutIsTerminal() {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString());
    } catch (IOException | UnsupportedOperationException e) {
      // No /proc (macOS, the BSDs): ask the shell about the same descriptor.
    }
    try {
      Process test =
          new ProcessBuilder("sh", "-c", "test -t 1")
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return finished(test) && test.exitValue() == 0;
    } catch (IOException e) {
      return System.console() != null;
    }
  }

  private static OptionalInt sttyColumns() {
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return finished(stty) && stty.exitValue() == 0
          ? sttySizeColumns(answer)
          : OptionalInt.empty();
    } catch (IOException e) {
      // No controlling terminal, or no stty: the default width.
      return OptionalInt.empty();
    }
  }

  /** A second at most: a probe must never hold up the command. */
  private static boolean finished(Process process) {
    try {
      if (process.waitFor(1, TimeUnit.SECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    return false;
  }
}
