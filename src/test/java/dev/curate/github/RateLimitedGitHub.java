package dev.curate.github;

import static dev.curate.github.GitHubStubs.fixture;
import static dev.curate.github.GitHubStubs.httpDate;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.curate.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that keeps GitHub's primary rate limits the way GitHub does, on the test
 * clock: a budget per bucket ({@code search} for /search/, else {@code core}) that resets a fixed
 * time after the window's first request, the {@code x-ratelimit-*} and {@code Date} headers on
 * every answer, and a 403 with remaining 0 for a request that arrives with the budget used up. It
 * also holds each request for a fixed delay, on the server's thread, and counts how many are being
 * answered at once.
 */
final class RateLimitedGitHub implements ResponseDefinitionTransformerV2 {
  /** A request as the emulated GitHub saw it. */
  record Seen(Instant at, String bucket, String url, int status) {}

  private record Limit(int requests, Duration window) {}

  private static final class Window {
    int remaining;
    Instant reset;
  }

  private final TestClock clock;
  private final Map<String, Limit> limits = new HashMap<>();
  private final Map<String, Window> windows = new HashMap<>();
  private final List<Seen> seen = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private Duration delay = Duration.ZERO;

  RateLimitedGitHub(TestClock clock) {
    this.clock = clock;
    limit("core", 5000, Duration.ofHours(1));
    limit("search", 30, Duration.ofMinutes(1));
  }

  RateLimitedGitHub limit(String bucket, int requests, Duration window) {
    limits.put(bucket, new Limit(requests, window));
    return this;
  }

  /** Every answer takes this long (real time), like a slow GitHub. */
  RateLimitedGitHub delay(Duration d) {
    this.delay = d;
    return this;
  }

  @Override
  public String getName() {
    return "rate-limited-github";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis()); // the fault under test: a slow server, on its own thread
      }
      return answer(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized ResponseDefinition answer(ServeEvent event) {
    Instant now = clock.instant();
    String url = event.getRequest().getUrl();
    String bucket = url.startsWith("/search/") ? "search" : "core";
    Limit limit = limits.get(bucket);
    Window w = windows.computeIfAbsent(bucket, b -> new Window());
    if (w.reset == null || !now.isBefore(w.reset)) {
      w.remaining = limit.requests();
      w.reset = now.plus(limit.window());
    }
    if (w.remaining == 0) {
      seen.add(new Seen(now, bucket, url, 403));
      return headers(
              ResponseDefinitionBuilder.responseDefinition()
                  .withStatus(403)
                  .withHeader("Content-Type", "application/json; charset=utf-8")
                  .withBody(fixture("rate-limit-exceeded.json")),
              now,
              bucket,
              limit,
              w)
          .build();
    }
    w.remaining--;
    ResponseDefinition stubbed = event.getResponseDefinition();
    seen.add(new Seen(now, bucket, url, stubbed.getStatus()));
    return headers(ResponseDefinitionBuilder.like(stubbed), now, bucket, limit, w).build();
  }

  private static ResponseDefinitionBuilder headers(
      ResponseDefinitionBuilder r, Instant now, String bucket, Limit limit, Window w) {
    return r.withHeader("Date", httpDate(now))
        .withHeader("x-ratelimit-limit", String.valueOf(limit.requests()))
        .withHeader("x-ratelimit-remaining", String.valueOf(w.remaining))
        .withHeader("x-ratelimit-used", String.valueOf(limit.requests() - w.remaining))
        .withHeader("x-ratelimit-reset", String.valueOf(w.reset.getEpochSecond()))
        .withHeader("x-ratelimit-resource", bucket);
  }

  synchronized List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** Requests that arrived with their bucket used up, which GitHub answered 403. */
  synchronized long refused() {
    return seen.stream().filter(s -> s.status() == 403).count();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }
}
