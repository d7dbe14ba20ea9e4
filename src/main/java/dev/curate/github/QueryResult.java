package dev.curate.github;

import java.util.List;

/**
 * What one search query returned.
 *
 * @param query the full query sent, {@code created:} range included
 * @param items the repositories read, in GitHub's order (stars, descending)
 * @param rejected the results left out of their pages as unusable, each with why
 * @param totalCount how many repositories GitHub says matched
 * @param incomplete GitHub's {@code incomplete_results} on any page read: the search timed out on
 *     its side
 * @param pages pages read, an empty first page included
 * @param refusedAtCap GitHub answered a page with "422 Only the first 1000 search results are
 *     available"; reading stopped there
 */
record QueryResult(
    String query,
    List<SearchItem> items,
    List<SearchItemReader.Rejected> rejected,
    int totalCount,
    boolean incomplete,
    int pages,
    boolean refusedAtCap) {
  QueryResult {
    items = List.copyOf(items);
    rejected = List.copyOf(rejected);
  }

  /** More matched than GitHub will ever return for this query. */
  boolean overCap() {
    return totalCount > RepositorySearch.RESULT_CAP || refusedAtCap;
  }
}
