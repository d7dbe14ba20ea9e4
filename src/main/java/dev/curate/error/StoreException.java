package dev.curate.error;

/** The workspace's database could not be opened, read or written. */
public final class StoreException extends CurateException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(ExitCode.FAILURE, message, cause);
  }
}
