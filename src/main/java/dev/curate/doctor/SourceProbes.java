package dev.curate.doctor;

import dev.curate.github.RateLimits;
import java.time.Instant;

/**
 * The questions only the sources' own clients can ask, each as a fetch would send it (with its
 * credentials, through its client's interceptors). Each throws the {@link
 * dev.curate.error.CurateException} a fetch would meet.
 */
public interface SourceProbes {
  /** GitHub's {@code GET /rate_limit}. */
  RateLimits gitHubRateLimits();

  /**
   * An app-only token from Reddit.
   *
   * @return false without app credentials: nothing was asked
   */
  boolean redditToken();

  /** The events table's last star event, by the fetch's freshness probe. */
  Instant clickHouseLastEvent();
}
