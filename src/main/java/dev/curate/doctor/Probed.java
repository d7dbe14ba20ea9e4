package dev.curate.doctor;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * What one probe gave: its value, or the one-line failure curate's own code worded for it.
 *
 * @param reachable whether the endpoint answered: a refused credential or an error status is an
 *     answer; a failure caused by the connection (unknown host, refused, timed out) is not
 */
record Probed<T>(Optional<T> value, Optional<CurateException> failure, boolean reachable) {

  /** Runs {@code probe}; a {@link CurateException} is its failure, anything else a bug. */
  static <T> Probed<T> of(Callable<T> probe) {
    try {
      return new Probed<>(Optional.of(probe.call()), Optional.empty(), true);
    } catch (CurateException e) {
      return new Probed<>(Optional.empty(), Optional.of(e), answered(e));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("a probe threw " + e, e);
    }
  }

  private static boolean answered(CurateException e) {
    if (e.exitCode() == ExitCode.CREDENTIALS) {
      return true;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return false;
      }
    }
    return true;
  }

  boolean refused() {
    return failure.map(f -> f.exitCode() == ExitCode.CREDENTIALS).orElse(false);
  }
}
