package dev.curate.doctor;

import dev.curate.error.ExitCode;

/**
 * One thing to fix, in one line that says how.
 *
 * @param exit what a problem makes {@code doctor} exit with: {@link ExitCode#CREDENTIALS} for a
 *     refused credential, else {@link ExitCode#FAILURE}; {@link ExitCode#OK} for a warning
 */
public record Finding(Level level, String message, ExitCode exit) {
  public enum Level {
    WARNING("warning"),
    PROBLEM("problem");

    private final String word;

    Level(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  static Finding warning(String message) {
    return new Finding(Level.WARNING, message, ExitCode.OK);
  }

  static Finding problem(String message, ExitCode exit) {
    return new Finding(
        Level.PROBLEM, message, exit == ExitCode.CREDENTIALS ? exit : ExitCode.FAILURE);
  }
}
