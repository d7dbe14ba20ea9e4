package dev.curate.github;

import dev.curate.config.DurationText;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStats;
import dev.curate.http.ResponseText;
import dev.curate.http.RetryAfter;
import dev.curate.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits out GitHub's rate limits, within {@code http.maxWait}, and gives up with exit code 75
 * beyond it. Here rather than in github-api's handlers, which curate no longer sends requests
 * through: at 1.330 they sleep without an upper bound, send a primary-limit 429 to the abuse
 * handler (a fixed 61 s) and do not recognise a secondary-limit 403 that has no {@code
 * Retry-After}.
 *
 * <p>The rules are GitHub's, from "Rate limits for the REST API"
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 *
 * <ul>
 *   <li>Primary limit: "a 403 or 429 response, and the x-ratelimit-remaining header will be 0. You
 *       should not retry your request until after the time specified by the x-ratelimit-reset
 *       header" (UTC epoch seconds). The wait is measured against the response's {@code Date}, so a
 *       skewed local clock does not matter.
 *   <li>Secondary limit: 403 or 429 with {@code retry-after}, or a message saying so: wait {@code
 *       retry-after} seconds, else "at least one minute", growing exponentially, and "throw an
 *       error after a specific number of retries".
 *   <li>Before either happens: when a bucket's {@code x-ratelimit-remaining} is down to {@link
 *       RateLimitBudget#RESERVE}, the next request to that bucket (and only that bucket: {@code
 *       search} running dry does not hold up {@code core}) waits for its reset first.
 * </ul>
 */
final class GitHubRateLimitInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(GitHubRateLimitInterceptor.class.getName());
  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** GitHub's advice when there is no header to go by: one minute, doubling. */
  private static final Duration FIRST_SECONDARY_WAIT = Duration.ofMinutes(1);

  /** A reset without a reset header (G5): one minute, then try again. */
  private static final Duration UNKNOWN_RESET_WAIT = Duration.ofMinutes(1);

  static final int MAX_SECONDARY_WAITS = 3;

  private final Sleeper sleeper;
  private final Clock clock;
  private final Duration maxWait;
  private final boolean authenticated;
  private final HttpStats stats;
  private final RateLimitBudget budget = new RateLimitBudget();

  GitHubRateLimitInterceptor(
      Sleeper sleeper, Clock clock, Duration maxWait, boolean authenticated, HttpStats stats) {
    this.sleeper = sleeper;
    this.clock = clock;
    this.maxWait = maxWait;
    this.authenticated = authenticated;
    this.stats = stats;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Optional<String> bucket = RateLimitBudget.bucketOf(request);
    if (bucket.isPresent()) {
      awaitBudget(bucket.get());
    }
    int secondaryWaits = 0;
    boolean waitedForReset = false;
    while (true) {
      Response response = chain.proceed(request);
      budget.record(request, response, clock.instant());
      if (response.code() != 403 && response.code() != 429) {
        return response;
      }
      if ("0".equals(response.header("x-ratelimit-remaining"))) {
        String resource =
            Optional.ofNullable(response.header("x-ratelimit-resource")).orElse("core");
        Instant now =
            RetryAfter.serverDate(response).map(d -> d.toInstant()).orElseGet(clock::instant);
        RateLimitReset reset = RateLimitReset.of(response.header("x-ratelimit-reset"), now);
        Duration wait =
            reset.at().map(r -> Duration.between(now, r).plusSeconds(1)).orElse(UNKNOWN_RESET_WAIT);
        response.close();
        if (wait.isNegative() || wait.isZero()) {
          wait = Duration.ofSeconds(1);
        }
        Instant until = reset.at().orElse(now.plus(wait));
        if (wait.compareTo(maxWait) > 0) {
          throw temporary(
              primaryMessage(
                  resource,
                  until,
                  reset.note()
                      + ", longer than curate may wait (http.maxWait "
                      + DurationText.format(maxWait)
                      + ")"));
        }
        if (waitedForReset) {
          // One wait per request: a limit still used up after its reset is not going to clear.
          throw temporary(
              primaryMessage(resource, until, reset.note() + ", even after waiting for the reset"));
        }
        waitedForReset = true;
        Duration w = wait;
        if (reset.unusable()) {
          LOG.fine(
              () ->
                  "GitHub's x-ratelimit-reset"
                      + reset.note()
                      + "; waiting "
                      + w.toSeconds()
                      + " s instead");
        }
        pause(wait, "primary rate limit on " + resource);
        stats.countRetry(request);
        continue;
      }
      Optional<Duration> retryAfter = RetryAfter.parse(response);
      if (retryAfter.isEmpty() && !mentionsSecondaryLimit(response)) {
        return response; // a 403 about permissions: the connector turns it into an error
      }
      response.close();
      if (secondaryWaits >= MAX_SECONDARY_WAITS) {
        throw temporary(
            "GitHub's secondary rate limit persisted after "
                + MAX_SECONDARY_WAITS
                + " waits; retry later (GitHub asks clients to slow down, and may block those that do not)");
      }
      Duration wait = retryAfter.orElse(FIRST_SECONDARY_WAIT.multipliedBy(1L << secondaryWaits));
      if (wait.compareTo(maxWait) > 0) {
        throw temporary(
            "GitHub's secondary rate limit asks curate to wait "
                + DurationText.format(wait)
                + ", longer than curate may wait (http.maxWait "
                + DurationText.format(maxWait)
                + "); retry later");
      }
      secondaryWaits++;
      pause(wait, "secondary rate limit");
      stats.countRetry(request);
    }
  }

  /** Waits out a bucket that is down to its reserve (G6/G7), or fails if that is beyond maxWait. */
  private void awaitBudget(String bucket) throws IOException {
    Optional<RateLimitBudget.Pending> pending = budget.waitBefore(bucket, clock.instant());
    if (pending.isEmpty()) {
      return;
    }
    RateLimitBudget.Pending p = pending.get();
    if (p.duration().compareTo(maxWait) > 0) {
      String state =
          "is down to "
              + p.remaining()
              + " request"
              + (p.remaining() == 1 ? "" : "s")
              + " (kept back)";
      throw temporary(
          limitMessage(
              bucket,
              state,
              p.reset(),
              ", longer than curate may wait (http.maxWait " + DurationText.format(maxWait) + ")"));
    }
    pause(
        p.duration(), bucket + " rate limit down to " + p.remaining() + ", waiting for its reset");
    budget.reset(bucket);
  }

  /**
   * GitHub's secondary-limit answers say so in their message ("You have exceeded a secondary rate
   * limit"); older ones spoke of an "abuse detection mechanism".
   */
  private static boolean mentionsSecondaryLimit(Response response) throws IOException {
    String body = ResponseText.peek(response, 64 * 1024).toLowerCase(Locale.ROOT);
    return body.contains("secondary rate limit") || body.contains("abuse detection");
  }

  private String primaryMessage(String resource, Instant reset, String why) {
    return limitMessage(resource, "is used up", reset, why);
  }

  private String limitMessage(String resource, String state, Instant reset, String why) {
    String advice =
        authenticated ? "retry later" : "set GH_TOKEN to raise the limit, or retry later";
    return "GitHub's "
        + resource
        + " rate limit "
        + state
        + " until "
        + CLOCK_TIME.format(reset)
        + " UTC"
        + why
        + "; "
        + advice;
  }

  private static CarriedFailure temporary(String message) {
    return new CarriedFailure(new CurateException(ExitCode.TEMPORARY, message));
  }

  private void pause(Duration wait, String why) throws IOException {
    LOG.fine(() -> "GitHub " + why + ": waiting " + wait.toSeconds() + " s");
    stats.countWait(wait);
    sleeper.pause(wait, "waiting for GitHub's rate limit");
  }
}
