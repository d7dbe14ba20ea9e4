package dev.curate.error;

/**
 * The process exit codes, in one place. 0/1/2 follow picocli; 4 and 75 let a scheduler tell "fix
 * your credentials" and "try again later" (EX_TEMPFAIL from sysexits.h) from other failures.
 */
public enum ExitCode {
  OK(0, "success (an empty result too)"),
  FAILURE(1, "failure: network, API, store"),
  USAGE(2, "usage error: bad option, argument or configuration"),
  CREDENTIALS(4, "credentials missing or rejected"),
  TEMPORARY(75, "temporary failure: rate limit beyond --max-wait, API still down; retry later"),
  INTERRUPTED(130, "interrupted");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /**
   * The code a run ends with when several things failed (sources read side by side): the one that
   * asks the most of whoever reads it. An interrupt is the user's own; a usage or credentials error
   * must be fixed before any retry; a plain failure may need a look; "retry later" (75) is true
   * only when every failure is temporary, so it ranks last.
   */
  public static ExitCode worst(ExitCode a, ExitCode b) {
    return a.severity() >= b.severity() ? a : b;
  }

  private int severity() {
    return switch (this) {
      case OK -> 0;
      case TEMPORARY -> 1;
      case FAILURE -> 2;
      case CREDENTIALS -> 3;
      case USAGE -> 4;
      case INTERRUPTED -> 5;
    };
  }
}
