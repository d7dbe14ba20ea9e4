package dev.curate.error;

/**
 * A request that cannot be carried out as asked, found after parsing (e.g. nothing fetched yet).
 */
public final class UsageException extends CurateException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(ExitCode.USAGE, message);
  }
}
