package dev.curate.reddit.api;

import dev.curate.http.ResponseText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;

/**
 * Paces requests from Reddit's rate-limit headers, as prawcore's {@code RateLimiter} does
 * (praw-dev/prawcore {@code rate_limit.py}). Reddit sends {@code X-Ratelimit-Remaining} (a float
 * string such as {@code 598.0}), {@code X-Ratelimit-Used} and {@code X-Ratelimit-Reset} (seconds
 * until the window ends, not a timestamp). When nothing remains, the next request waits for the
 * reset; otherwise requests are spread over what is left of the window, never more than 10 s apart.
 */
final class RateLimiter {
  /** prawcore's {@code WINDOW_SIZE}: Reddit counts requests in 10-minute windows. */
  static final Duration WINDOW = Duration.ofSeconds(600);

  /** prawcore never spreads two requests further apart than this. */
  static final Duration MAX_SPREAD = Duration.ofSeconds(10);

  private final Clock clock;
  private Instant nextRequestAt;

  /** The last reset header when it was unusable, for the message about the wait it led to. */
  private String unusableReset;

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** How long to wait before the next request may go out; zero if it may go now. */
  synchronized Duration delay() {
    if (nextRequestAt == null) {
      return Duration.ZERO;
    }
    Duration d = Duration.between(clock.instant(), nextRequestAt);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Learns from a response's headers; a response without them leaves the pace as it was. */
  synchronized void update(Headers headers) {
    Double remaining = number(headers.get("X-Ratelimit-Remaining"));
    String resetHeader = headers.get("X-Ratelimit-Reset");
    Double reset = resetSeconds(resetHeader);
    if (remaining == null || reset == null) {
      return;
    }
    unusableReset = reset < number(resetHeader) ? resetHeader.trim() : null;
    double used = Math.max(0, orZero(number(headers.get("X-Ratelimit-Used"))));
    Instant now = clock.instant();
    Instant resetAt = now.plusMillis((long) (reset * 1000));
    if (remaining <= 0) {
      nextRequestAt = resetAt;
      return;
    }
    // prawcore: wait max(reset - (window - window / (remaining + used) * used), 0), capped at
    // 10 s and at the reset. The further the window's budget is ahead of its time, the longer.
    double window = WINDOW.toSeconds();
    double total = remaining + used;
    double ahead = total <= 0 ? 0 : reset - (window - window / total * used);
    double seconds = Math.min(Math.max(ahead, 0), MAX_SPREAD.toSeconds());
    Instant spread = now.plusMillis((long) (seconds * 1000));
    nextRequestAt = spread.isBefore(resetAt) ? spread : resetAt;
  }

  /**
   * Seconds until the window ends, from {@code X-Ratelimit-Reset}: null when it is missing, not a
   * number or negative (as if absent); clamped to the {@link #WINDOW} when longer, since no window
   * of Reddit's ends later ({@code 1e20} would otherwise be a wait past what a Duration holds).
   */
  static Double resetSeconds(String header) {
    Double reset = number(header);
    if (reset == null || reset < 0) {
      return null;
    }
    return Math.min(reset, WINDOW.toSeconds());
  }

  /** Empty, or why the last wait is the whole window: the reset header was unusable. */
  synchronized String note() {
    return unusableReset == null ? "" : unusable(unusableReset);
  }

  static String unusable(String header) {
    return " (its X-Ratelimit-Reset '"
        + ResponseText.printable(header, 24)
        + "' is unusable: curate assumed the whole "
        + WINDOW.toSeconds()
        + " s window)";
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  /** A header's number, or null when it is missing or not a number. */
  static Double number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.trim());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
