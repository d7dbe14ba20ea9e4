package dev.curate.plan;

import java.time.Duration;

/**
 * A rate limit a source's requests count against, as the API documents it for the credentials at
 * hand.
 *
 * @param requests how many requests the API allows {@code per} period
 * @param authenticated whether the limit is the one for curate's credentials (a token, OAuth) or
 *     the lower one without
 * @param paced whether curate spaces its requests evenly under the limit, so that the plan's most
 *     requests take at least {@link #leastTime} time; otherwise curate only stops or waits when an
 *     answer says the limit is reached
 */
public record Budget(
    Bucket bucket, int requests, Duration per, boolean authenticated, boolean paced) {
  /** The limits a planned request may count against. */
  public enum Bucket {
    GITHUB_SEARCH,
    GITHUB_CORE,
    REDDIT_API
  }

  public Budget {
    if (requests <= 0 || per.isNegative() || per.isZero()) {
      throw new IllegalArgumentException("no budget: " + requests + " per " + per);
    }
  }

  /** The gap between two requests spread evenly under the limit. */
  public Duration spacing() {
    return per.dividedBy(requests);
  }

  /** The least time {@code count} requests take, spaced evenly under the limit. */
  public Duration leastTime(int count) {
    return spacing().multipliedBy(Math.max(0, count - 1));
  }
}
