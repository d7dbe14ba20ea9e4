package dev.curate.cli;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.SeveralFailures;
import dev.curate.http.Unreachable;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and a single line on stderr. {@code -v} adds the
 * stack trace. Every line goes through the {@link SecretScrubber}, then shows control characters as
 * escapes ({@code \n}, {@code \x1b}): messages quote what the user or an API gave (a config value,
 * a month, an error body), and a line break or a terminal escape in it must neither split the line
 * nor reach the terminal, yet stay visible as the thing to fix.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final SecretScrubber scrubber;

  ErrorHandler(SecretScrubber scrubber) {
    this.scrubber = scrubber;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean verbose = isVerbose(parseResult);
    ExitCode code;
    if (ex instanceof SeveralFailures several) {
      // Sources read side by side fail on their own: one line each, the worst code for the run.
      several.each().forEach(failure -> report(failure, verbose, err));
      code = several.exitCode();
    } else {
      code = report(ex, verbose, err);
    }
    err.flush();
    return code.code();
  }

  /** Prints the failure's line (and with {@code -v} its stack trace); returns its exit code. */
  private ExitCode report(Exception ex, boolean verbose, PrintWriter err) {
    ExitCode code;
    String message;
    java.util.Optional<CurateException> known =
        CurateException.findIn(ex).or(() -> Unreachable.findIn(ex));
    if (known.isPresent()) {
      code = known.get().exitCode();
      message = known.get().getMessage();
    } else if (ex instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
      code = ExitCode.INTERRUPTED;
      message = "interrupted";
    } else {
      code = ExitCode.FAILURE;
      message =
          "unexpected error: "
              + ex.getClass().getSimpleName()
              + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))
              + (verbose ? "" : " (run with -v for details)");
    }
    err.println("curate: " + oneLine(message));
    if (verbose) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(scrubber.scrub(trace.toString()));
    }
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("curate: " + oneLine(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  private String oneLine(String message) {
    String text = scrubber.scrub(message).strip();
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                line.append("\\n");
              } else if (c == '\r') {
                line.append("\\r");
              } else if (c != '\t' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
                line.append(
                    String.format(java.util.Locale.ROOT, c < 0x100 ? "\\x%02x" : "\\u%04x", c));
              } else {
                line.appendCodePoint(c);
              }
            });
    return line.toString();
  }

  private static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
