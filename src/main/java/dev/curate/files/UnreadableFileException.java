package dev.curate.files;

/**
 * A file a user named cannot be used. The message is a phrase that follows the file's name ("is a
 * FIFO (named pipe), not a regular file"); callers add what the file was for and what to do.
 */
public final class UnreadableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why, for callers whose advice differs (a missing file is usually a mistyped path). */
  public enum Reason {
    MISSING,
    NOT_REGULAR,
    TOO_LARGE,
    NOT_TEXT,
    UNREADABLE
  }

  private final Reason reason;

  UnreadableFileException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
