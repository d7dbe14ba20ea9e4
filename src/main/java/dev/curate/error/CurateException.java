package dev.curate.error;

/**
 * A failure with a message fit for the user: one line that says what failed and what to do. The
 * exit code travels with it so that errors are mapped to codes in one place, the CLI's
 * execution-exception handler.
 */
public class CurateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  public CurateException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CurateException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** Finds the first CurateException in a cause chain: libraries wrap ours in their own. */
  public static java.util.Optional<CurateException> findIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CurateException ce) {
        return java.util.Optional.of(ce);
      }
      if (c instanceof CarriedFailure cf) {
        return java.util.Optional.of(cf.failure());
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return java.util.Optional.empty();
  }
}
