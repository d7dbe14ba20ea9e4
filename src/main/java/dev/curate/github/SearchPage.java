package dev.curate.github;

import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * One page of a repository search, as {@link SearchPageReader} read it from GitHub's answer.
 *
 * @param totalCount GitHub's {@code total_count}: the repositories the whole search matched
 * @param incomplete GitHub's {@code incomplete_results}: its search timed out on its side
 * @param items the usable results, in GitHub's order (stars, descending)
 * @param rejected the results left out, each with why
 * @param next the page GitHub's {@code Link} header names {@code rel="next"}; empty on the last
 *     page
 */
record SearchPage(
    int totalCount,
    boolean incomplete,
    List<SearchItem> items,
    List<SearchItemReader.Rejected> rejected,
    Optional<HttpUrl> next) {
  SearchPage {
    items = List.copyOf(items);
    rejected = List.copyOf(rejected);
  }

  /**
   * GitHub sent no results on this page: the search has none left, whatever the Link header says.
   */
  boolean isEmpty() {
    return items.isEmpty() && rejected.isEmpty();
  }
}
