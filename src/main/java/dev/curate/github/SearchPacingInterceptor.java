package dev.curate.github;

import dev.curate.http.HttpStats;
import dev.curate.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Spaces search requests so that curate stays under GitHub's search limit instead of running into
 * it: "up to 30 requests per minute" with a token, "10 requests per minute" without
 * (https://docs.github.com/en/rest/search/search#rate-limit), i.e. one every 2 s or 6 s. Other
 * requests are not paced.
 */
final class SearchPacingInterceptor implements Interceptor {
  static final int PER_MINUTE_WITH_TOKEN = 30;
  static final int PER_MINUTE_WITHOUT_TOKEN = 10;
  static final Duration WITH_TOKEN = Duration.ofMinutes(1).dividedBy(PER_MINUTE_WITH_TOKEN);
  static final Duration WITHOUT_TOKEN = Duration.ofMinutes(1).dividedBy(PER_MINUTE_WITHOUT_TOKEN);

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpStats stats;
  private Instant lastSearch;

  SearchPacingInterceptor(Duration interval, Clock clock, Sleeper sleeper, HttpStats stats) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
    this.stats = stats;
  }

  static boolean isSearch(okhttp3.Request request) {
    // contains, not startsWith: GitHub Enterprise serves the API under /api/v3.
    return request.url().encodedPath().contains("/search/");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (isSearch(chain.request())) {
      awaitTurn();
    }
    return chain.proceed(chain.request());
  }

  private synchronized void awaitTurn() throws IOException {
    if (lastSearch != null) {
      Duration since = Duration.between(lastSearch, clock.instant());
      Duration wait = interval.minus(since);
      if (!wait.isNegative() && !wait.isZero()) {
        stats.countWait(wait);
        sleeper.pause(wait, "pacing GitHub searches");
      }
    }
    lastSearch = clock.instant();
  }
}
