package dev.curate.model;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a source's HTTP traffic cost during a fetch, for the summary an editor reads after an
 * unattended run.
 *
 * @param retries attempts repeated after a transient failure
 * @param notModified conditional requests answered 304 (served from the HTTP cache)
 * @param waits pauses made: backoff, rate-limit resets, pacing
 * @param waited the time all those pauses took
 * @param budgetLeft rate-limit budget last reported by the API, per bucket (e.g. {@code search ->
 *     28/30}); empty when the API sent none
 */
public record HttpActivity(
    int retries, int notModified, int waits, Duration waited, Map<String, String> budgetLeft) {
  public static final HttpActivity NONE = new HttpActivity(0, 0, 0, Duration.ZERO, Map.of());

  public HttpActivity {
    budgetLeft = java.util.Collections.unmodifiableMap(new TreeMap<>(budgetLeft));
  }

  /**
   * This activity and the {@code later} one together: counts and waits added, each bucket's budget
   * the later one's where it reported one.
   */
  public HttpActivity plus(HttpActivity later) {
    Map<String, String> budget = new TreeMap<>(budgetLeft);
    budget.putAll(later.budgetLeft());
    return new HttpActivity(
        retries + later.retries(),
        notModified + later.notModified(),
        waits + later.waits(),
        waited.plus(later.waited()),
        budget);
  }
}
