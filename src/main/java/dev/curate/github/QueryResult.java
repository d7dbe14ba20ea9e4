package dev.curate.github;

import java.util.List;
import org.kohsuke.github.GHRepository;

/**
 * What one search query returned.
 *
 * @param query the full query sent, {@code created:} range included
 * @param items the repositories read, in GitHub's order (stars, descending)
 * @param totalCount how many repositories GitHub says matched
 * @param incomplete GitHub's {@code incomplete_results}: the search timed out on its side
 * @param pages pages read
 */
record QueryResult(String query, List<GHRepository> items, int totalCount, boolean incomplete, int pages) {
  QueryResult {
    items = List.copyOf(items);
  }
}
