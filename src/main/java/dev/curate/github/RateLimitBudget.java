package dev.curate.github;

import dev.curate.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What GitHub last said about each rate-limit bucket, so that curate stops before a bucket runs dry
 * instead of being refused. GitHub counts limits per bucket, named in {@code x-ratelimit-resource}
 * ({@code core}, {@code search}, …), and asks clients to go by the headers: "When possible, you
 * should use the rate limit response headers"
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 *
 * <p>Times are GitHub's: the reset is compared with the response's {@code Date}, moved on by the
 * local time that has passed since, so a local clock that is off does not matter.
 */
final class RateLimitBudget {
  /**
   * Requests kept back in each bucket: at or below it, the next request waits for the reset. One,
   * as hub4j/github-api's {@code RateLimitChecker.LiteralValue}: the count is shared with anything
   * else using the same token or IP and may be a moment stale, and a request refused at 0 costs
   * more (a 403 "may result in the banning of your integration") than one kept back.
   */
  static final int RESERVE = 1;

  /** One bucket as last seen: its reset in GitHub's time, and how far GitHub's clock was ahead. */
  private record Bucket(long remaining, Instant reset, Duration serverAhead) {}

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * The bucket a request counts against. GitHub's documented split: search endpoints count in
   * {@code search} (code search in {@code code_search}), GraphQL in {@code graphql}, the rest of
   * the REST API in {@code core}. {@code GET /rate_limit} counts against none.
   */
  static Optional<String> bucketOf(Request request) {
    String path = request.url().encodedPath();
    if (path.endsWith("/rate_limit")) {
      return Optional.empty();
    }
    if (path.contains("/search/code")) {
      return Optional.of("code_search");
    }
    if (path.contains("/search/")) {
      return Optional.of("search");
    }
    if (path.endsWith("/graphql")) {
      return Optional.of("graphql");
    }
    return Optional.of("core");
  }

  /** Notes the budget a response reports; responses without the headers change nothing. */
  void record(Request request, Response response, Instant localNow) {
    Optional<Long> remaining = number(response.header("x-ratelimit-remaining")).filter(r -> r >= 0);
    Instant serverNow = RetryAfter.serverDate(response).map(d -> d.toInstant()).orElse(localNow);
    // An unusable reset (RateLimitReset) says nothing to wait for: better no proactive wait than
    // one of -9223372036854774 s.
    Optional<Instant> reset =
        RateLimitReset.of(response.header("x-ratelimit-reset"), serverNow).at();
    Optional<String> bucket =
        Optional.ofNullable(response.header("x-ratelimit-resource")).or(() -> bucketOf(request));
    if (remaining.isEmpty() || reset.isEmpty() || bucket.isEmpty()) {
      return;
    }
    buckets.put(
        bucket.get(),
        new Bucket(remaining.get(), reset.get(), Duration.between(localNow, serverNow)));
  }

  /**
   * How long to wait before a request to {@code bucket} so that it does not go out with the budget
   * at or below {@link #RESERVE}: until the reset, plus a second because GitHub counts whole
   * seconds. Empty when there is budget, or the reset has passed.
   */
  Optional<Pending> waitBefore(String bucket, Instant localNow) {
    Bucket b = buckets.get(bucket);
    if (b == null || b.remaining() > RESERVE) {
      return Optional.empty();
    }
    Instant serverNow = localNow.plus(b.serverAhead());
    if (!serverNow.isBefore(b.reset())) {
      buckets.remove(bucket, b);
      return Optional.empty();
    }
    return Optional.of(
        new Pending(
            Duration.between(serverNow, b.reset()).plusSeconds(1), b.reset(), b.remaining()));
  }

  /** A wait is over: the bucket's count is unknown until the next response says it. */
  void reset(String bucket) {
    buckets.remove(bucket);
  }

  /** A wait owed before the next request to a bucket. */
  record Pending(Duration duration, Instant reset, long remaining) {}

  private static Optional<Long> number(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
