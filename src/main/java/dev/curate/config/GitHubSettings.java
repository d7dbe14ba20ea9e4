package dev.curate.config;

import java.util.List;

/**
 * @param queries GitHub search queries, each run once per month with a {@code created:} range
 * @param perPage results per search page, 1-100
 * @param maxPagesPerQuery pages read per query at most (GitHub stops at 1,000 results anyway)
 * @param starGains which candidates get their month's stars gained measured
 * @param trending searches for candidates that are not new (current and previous month only)
 * @param source where the month's candidates come from: search, GH Archive's events, or both
 * @param events how GH Archive's events are read and trusted
 */
public record GitHubSettings(
    List<String> queries,
    int perPage,
    int maxPagesPerQuery,
    StarGainSettings starGains,
    TrendingSettings trending,
    GitHubSourceChoice source,
    EventsSettings events) {
  public GitHubSettings {
    queries = List.copyOf(queries);
  }

  /** Searches with star gains and trending, events as shipped. */
  public GitHubSettings(
      List<String> queries,
      int perPage,
      int maxPagesPerQuery,
      StarGainSettings starGains,
      TrendingSettings trending) {
    this(
        queries,
        perPage,
        maxPagesPerQuery,
        starGains,
        trending,
        GitHubSourceChoice.auto,
        EventsSettings.DEFAULTS);
  }

  /** Searches only: the default star-gain measuring, no trending searches. */
  public GitHubSettings(List<String> queries, int perPage, int maxPagesPerQuery) {
    this(queries, perPage, maxPagesPerQuery, StarGainSettings.DEFAULTS, TrendingSettings.OFF);
  }
}
