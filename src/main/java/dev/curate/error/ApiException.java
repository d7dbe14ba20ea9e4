package dev.curate.error;

/**
 * An API answered with an error, or could not be reached. The message names the service, the host,
 * the status and what was being fetched; never a credential.
 */
public final class ApiException extends CurateException {
  private static final long serialVersionUID = 1L;

  public ApiException(String message) {
    super(ExitCode.FAILURE, message);
  }

  public ApiException(String message, Throwable cause) {
    super(ExitCode.FAILURE, message, cause);
  }

  public ApiException(ExitCode exitCode, String message) {
    super(exitCode, message);
  }
}
