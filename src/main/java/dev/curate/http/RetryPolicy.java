package dev.curate.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Bounded retries for transient failures: exponential backoff with full jitter (AWS architecture
 * blog, "Exponential Backoff And Jitter"), so that many clients recovering from one outage do not
 * retry in step.
 *
 * @param maxAttempts attempts in all, the first one included
 * @param base the backoff before the second attempt, before jitter
 * @param cap the longest backoff between two attempts
 * @param random values in [0, 1); injectable so tests get fixed gaps
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, DoubleSupplier random) {
  /**
   * Statuses that mean "try again": gateway and server errors, request timeout, Cloudflare's 52x.
   */
  public static final Set<Integer> TRANSIENT_STATUSES =
      Set.of(408, 500, 502, 503, 504, 520, 521, 522, 524);

  public static RetryPolicy standard(int maxAttempts) {
    return new RetryPolicy(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(8), Math::random);
  }

  public boolean isTransient(int status) {
    return TRANSIENT_STATUSES.contains(status);
  }

  /**
   * Whether an I/O failure means the host cannot be reached at all: its name does not resolve, or
   * nothing listens (refused) or no route leads there. Offline, or a wrong endpoint: a retry a few
   * seconds later meets the same, so it is not transient and fails at once (issue 15: an unknown
   * host had cost 19 s of retries before its one line). A connect <em>timeout</em> is not in it: a
   * slow or overloaded host may well answer the next attempt.
   */
  public static boolean isUnreachable(IOException e) {
    return e instanceof UnknownHostException
        || e instanceof ConnectException
        || e instanceof NoRouteToHostException;
  }

  /** The wait before attempt {@code attempt + 1}, given that {@code attempt} (1-based) failed. */
  public Duration backoff(int attempt) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
    // Full jitter, but never less than half the base, so a retry is never immediate.
    long floor = base.toMillis() / 2;
    return Duration.ofMillis(Math.max(floor, (long) (random.getAsDouble() * ceiling)));
  }
}
