package dev.curate.model;

import java.util.List;
import java.util.Map;

/**
 * What measuring a month's stars gained found and cost: the figures the API gave, by repository id
 * (repositories without an entry were not measured, or could not be), and the requests made.
 *
 * @param byHistory repositories measured from the star history
 * @param byStargazers repositories measured from the stargazer list
 * @param unmeasurable repositories the API could give no figure for
 * @param skipped repositories not measured (beyond the top K, or the budget ran low)
 * @param requestCount the requests by kind against their floor (one request a repository asked
 *     about), {@link RequestCount#NONE} when not counted
 */
public record StarGainSurvey(
    Map<Long, StarGain> gains,
    int requests,
    int byHistory,
    int byStargazers,
    int unmeasurable,
    int skipped,
    List<String> warnings,
    RequestCount requestCount) {
  public static final StarGainSurvey NONE =
      new StarGainSurvey(Map.of(), 0, 0, 0, 0, 0, List.of(), RequestCount.NONE);

  public StarGainSurvey {
    gains = Map.copyOf(gains);
    warnings = List.copyOf(warnings);
    requestCount = requestCount == null ? RequestCount.NONE : requestCount;
  }

  /** The same survey with its requests counted by kind. */
  public StarGainSurvey withRequestCount(RequestCount count) {
    return new StarGainSurvey(
        gains, requests, byHistory, byStargazers, unmeasurable, skipped, warnings, count);
  }
}
