package dev.curate.config;

import java.util.List;

/**
 * @param queries GitHub search queries, each run once per month with a {@code created:} range
 * @param perPage results per search page, 1-100
 * @param maxPagesPerQuery pages read per query at most (GitHub stops at 1,000 results anyway)
 */
public record GitHubSettings(List<String> queries, int perPage, int maxPagesPerQuery) {
  public GitHubSettings {
    queries = List.copyOf(queries);
  }
}
