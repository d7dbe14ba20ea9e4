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
 * Whether standard output and standard error are terminals, and how many columns the terminal has.
 * Stdout decides between an aligned table fitted to the width and tab-separated values (and the
 * width help wraps at); stderr decides whether a fetch draws its progress in place.
 *
 * <p>Java 17 cannot ask {@code isatty(fd)}: {@code Console.isTerminal()} is Java 22, and {@code
 * System.console()} is null as soon as stdin is redirected (so {@code curate rank </dev/null} on a
 * terminal printed TSV) and says nothing about stderr. So, for each stream, in order:
 *
 * <ol>
 *   <li>the system property {@code curate.terminal.fd<N>} ({@code true}/{@code false}), for a
 *       launcher that knows better;
 *   <li>Linux: {@code /proc/self/fd/N} links to what the stream writes to; a terminal is {@code
 *       /dev/pts/N}, {@code /dev/ttyX} or {@code /dev/console}, a pipe is {@code pipe:[N]}, a file
 *       its path. No process is started;
 *   <li>elsewhere (macOS, the BSDs): POSIX {@code test -t N} in a child shell that inherits the
 *       stream, which is {@code isatty(N)} on the very same descriptor;
 *   <li>without a shell (Windows): {@code System.console()}, which errs on the side of "no".
 * </ol>
 *
 * <p>The width: {@code COLUMNS} when it is set (POSIX lets it override the terminal's own size),
 * else, when either stream is a terminal, {@code stty size} reading the controlling terminal
 * ({@code /dev/tty}), else {@value #DEFAULT_WIDTH}.
 *
 * @param stdoutIsTerminal whether stdout is a terminal
 * @param stderrIsTerminal whether stderr is a terminal
 * @param width the columns to fit output to
 */
record TerminalStreams(boolean stdoutIsTerminal, boolean stderrIsTerminal, int width) {
  static final int DEFAULT_WIDTH = 80;
  private static final int STDOUT = 1;
  private static final int STDERR = 2;

  private static final Pattern TERMINAL_DEVICE =
      Pattern.compile("/dev/(?:pts/\\d+|tty[A-Za-z0-9]*|console)");
  private static final Pattern STTY_SIZE = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s*");

  static TerminalStreams detect(Map<String, String> env) {
    boolean stdout = isTerminal(STDOUT);
    boolean stderr = isTerminal(STDERR);
    OptionalInt columns = columns(env.get("COLUMNS"));
    if (columns.isEmpty() && (stdout || stderr)) {
      columns = sttyColumns();
    }
    return new TerminalStreams(stdout, stderr, columns.orElse(DEFAULT_WIDTH));
  }

  /** What {@code /proc/self/fd/N} links to says whether it is a terminal. */
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

  private static boolean isTerminal(int fd) {
    String forced = System.getProperty("curate.terminal.fd" + fd);
    if (forced != null) {
      return Boolean.parseBoolean(forced);
    }
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // No /proc (macOS, the BSDs): ask the shell about the same descriptor.
    }
    try {
      ProcessBuilder test =
          new ProcessBuilder("sh", "-c", "test -t " + fd)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      if (fd == STDOUT) {
        test.redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
      } else {
        test.redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
      }
      Process started = test.start();
      return finished(started) && started.exitValue() == 0;
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
