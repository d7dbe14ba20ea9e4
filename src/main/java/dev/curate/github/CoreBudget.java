package dev.curate.github;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * What GitHub's answers last said of the {@code core} budget, for a step that makes one or a few
 * requests per repository (star gains, look-ups by name) and should stop with a warning while a few
 * requests are left, rather than make the fetch wait an hour for the reset: without a token the
 * budget is 60 requests an hour
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 *
 * <p>Unlike {@link RateLimitBudget}, which makes a request wait for the reset at the last request
 * of a bucket, this only tells a step when to stop. One per step and run: a step's count starts
 * unknown.
 */
final class CoreBudget {
  private final int keep;
  private OptionalLong left = OptionalLong.empty();

  /**
   * @param keep the requests to leave for the rest of the fetch ({@code
   *     github.starGains.keepCoreRequests})
   */
  CoreBudget(int keep) {
    this.keep = keep;
  }

  /**
   * Notes the budget an answer reports; an answer of another bucket, or without it, says nothing.
   */
  void remember(GitHubRest.Answer answer) {
    String remaining = answer.header("x-ratelimit-remaining");
    String resource = answer.header("x-ratelimit-resource");
    if (remaining != null && (resource == null || "core".equals(resource))) {
      try {
        left = OptionalLong.of(Long.parseLong(remaining.trim()));
      } catch (NumberFormatException e) {
        // a malformed header says nothing about the budget
      }
    }
  }

  /** True once an answer said fewer than {@code keep} requests are left. */
  boolean runningLow() {
    return left.isPresent() && left.getAsLong() < keep;
  }

  /**
   * Why the step stops, for its warning: "GitHub's core budget is down to 9 requests
   * (github.starGains.keepCoreRequests is 10); a token (GH_TOKEN) raises it to 5,000 an hour".
   */
  String why() {
    return String.format(
        Locale.ROOT,
        "GitHub's core budget is down to %d requests (github.starGains.keepCoreRequests is %d);"
            + " a token (GH_TOKEN) raises it to 5,000 an hour",
        left.orElse(0),
        keep);
  }
}
