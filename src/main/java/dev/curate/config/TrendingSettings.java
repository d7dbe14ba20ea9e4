package dev.curate.config;

import java.util.List;

/**
 * Searches for repositories that trend in the current or the previous month without being new: each
 * query is run with {@code pushed:>=<the month's 1st> stars:>=<minStars>}, most-starred first, and
 * the stars gained in the month decide whether they rank.
 *
 * @param queries GitHub search queries, without {@code pushed:}, {@code created:} or {@code
 *     stars:}; an empty list turns trending searches off
 * @param minStars the least current stars of a trending candidate
 * @param maxPages pages read per query at most
 */
public record TrendingSettings(List<String> queries, int minStars, int maxPages) {
  public static final TrendingSettings OFF = new TrendingSettings(List.of(), 0, 1);

  public TrendingSettings {
    queries = List.copyOf(queries);
  }
}
