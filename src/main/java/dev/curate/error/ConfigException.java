package dev.curate.error;

/** A configuration file that cannot be used; the message names the file and the key. */
public final class ConfigException extends CurateException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(ExitCode.USAGE, message);
  }

  public ConfigException(String message, Throwable cause) {
    super(ExitCode.USAGE, message, cause);
  }
}
