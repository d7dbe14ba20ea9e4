package dev.curate.error;

/**
 * What another thread's work failed with, to be rethrown on the thread that waits for it (a
 * future's {@code ExecutionException} cause): an Error as it is, an unchecked exception as it is, a
 * checked one wrapped. The dump read ahead and the sources read side by side both wait this way.
 */
public final class ThreadFailure {
  private ThreadFailure() {}

  /**
   * @return the failure to throw, unchecked
   * @throws Error if the work failed with one
   */
  public static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof RuntimeException r
        ? r
        : new IllegalStateException(cause.getMessage(), cause);
  }
}
