package dev.curate.reddit.api;

import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStats;
import dev.curate.http.ResponseText;
import dev.curate.http.RetryAfter;
import dev.curate.http.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits as {@link RateLimiter} says before each request, and answers Reddit's 429 ({@code
 * {"message": "Too Many Requests", "error": 429}}) by waiting {@code Retry-After}, else until
 * {@code X-Ratelimit-Reset}, else 60 s, at most {@link #MAX_429_RETRIES} times. curate runs
 * unattended, so it retries where prawcore would raise {@code TooManyRequests}. A wait longer than
 * {@code maxWait} fails at once with {@link ExitCode#TEMPORARY}: better to tell the editor to come
 * back later than to hang.
 */
final class RateLimitInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(RateLimitInterceptor.class.getName());
  static final int MAX_429_RETRIES = 2;
  static final Duration DEFAULT_429_WAIT = Duration.ofSeconds(60);

  /** Reddit's block page is about 2 KB; its title is near the top. */
  private static final long BLOCK_PAGE_PEEK_BYTES = 16 * 1024;

  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final Duration maxWait;
  private final HttpStats stats;

  RateLimitInterceptor(RateLimiter limiter, Sleeper sleeper, Duration maxWait, HttpStats stats) {
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.maxWait = maxWait;
    this.stats = stats;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String what = request.method() + " " + request.url().encodedPath();
    for (int retries = 0; ; retries++) {
      pause(limiter.delay(), what, limiter.note());
      Response response = chain.proceed(request);
      limiter.update(response.headers());
      if (response.code() != 429) {
        return response;
      }
      Optional<Duration> retryAfter = RetryAfter.parse(response);
      Optional<Duration> reset = retryAfter.isPresent() ? Optional.empty() : resetOf(response);
      Duration wait = retryAfter.or(() -> reset).orElse(DEFAULT_429_WAIT);
      String note = reset.isPresent() ? unusableNote(response) : "";
      // Reddit also sends its "whoa there, pardner!" block page as a 429. It is still waited out
      // (unidentified clients get 10 requests a minute, so waiting can help), but if it persists
      // the message must say what would lift it. A body small enough to peek at whole.
      boolean blocked = BlockPage.isBlockPage(ResponseText.peek(response, BLOCK_PAGE_PEEK_BYTES));
      response.close();
      if (retries >= MAX_429_RETRIES) {
        throw new CarriedFailure(
            new CurateException(
                ExitCode.TEMPORARY,
                "Reddit answered 429 Too Many Requests to "
                    + what
                    + " "
                    + (retries + 1)
                    + " times"
                    + (blocked
                        ? " with its \"whoa there, pardner!\" block page: "
                            + BlockPage.HINT
                            + "; then"
                        : ";")
                    + " try again later"));
      }
      // Counted once the wait is over, as GitHub's interceptor does: a wait past --max-wait
      // throws, and that retry is never sent.
      pause(wait, what, note);
      stats.countRetry(request);
    }
  }

  private static Optional<Duration> resetOf(Response response) {
    return Optional.ofNullable(RateLimiter.resetSeconds(response.header("X-Ratelimit-Reset")))
        .map(s -> Duration.ofMillis((long) (s * 1000)));
  }

  private static String unusableNote(Response response) {
    String header = response.header("X-Ratelimit-Reset");
    Double given = RateLimiter.number(header);
    return given != null && given > RateLimiter.WINDOW.toSeconds()
        ? RateLimiter.unusable(header.trim())
        : "";
  }

  /**
   * @param note why the wait is what it is, when a header had to be set aside
   */
  private void pause(Duration wait, String what, String note) throws IOException {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    if (wait.compareTo(maxWait) > 0) {
      throw new CarriedFailure(
          new CurateException(
              ExitCode.TEMPORARY,
              "Reddit's rate limit asks for a wait of "
                  + seconds(wait)
                  + " before "
                  + what
                  + note
                  + ", longer than the "
                  + seconds(maxWait)
                  + " allowed (http.maxWait); try again later"));
    }
    LOG.fine(() -> "Reddit rate limit: waiting " + wait.toMillis() + " ms before " + what);
    stats.countWait(wait);
    sleeper.pause(wait, "waiting for Reddit's rate limit");
  }

  /** Whole seconds, rounded up; never overflows (toMillis would, for the longest Durations). */
  private static String seconds(Duration d) {
    return (d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0)) + " s";
  }
}
