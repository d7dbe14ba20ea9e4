package dev.curate.error;

import java.util.List;

/**
 * More than one independent piece of work failed (sources read side by side): each failure is the
 * user's to read on its own line, and the run ends with the worst of their exit codes. A failure
 * that is not a {@link CurateException} counts as {@link ExitCode#FAILURE}, as the CLI maps it.
 */
public final class SeveralFailures extends CurateException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuntimeException> each;

  public SeveralFailures(List<RuntimeException> each) {
    super(worstOf(each), messages(each));
    if (each.size() < 2) {
      throw new IllegalArgumentException("several failures take two or more");
    }
    this.each = List.copyOf(each);
    each.forEach(this::addSuppressed);
  }

  /** The failures, in the order of the work that failed. */
  public List<RuntimeException> each() {
    return each;
  }

  private static ExitCode worstOf(List<RuntimeException> failures) {
    ExitCode worst = ExitCode.OK;
    for (RuntimeException f : failures) {
      worst =
          ExitCode.worst(
              worst,
              CurateException.findIn(f).map(CurateException::exitCode).orElse(ExitCode.FAILURE));
    }
    return worst;
  }

  private static String messages(List<RuntimeException> failures) {
    return String.join("; ", failures.stream().map(f -> String.valueOf(f.getMessage())).toList());
  }
}
