package dev.curate.github;

import dev.curate.plan.Purpose;
import java.util.HashMap;
import java.util.Map;

/**
 * The fewest search pages that could have returned what the month's searches returned: a page per
 * {@code perPage} repositories read, at least one per search (a search without results is still
 * asked), counted part by part of a month split ({@link CreatedRangeSearch}). A split month's
 * whole-month page, which showed that it holds more than GitHub returns, is beyond the floor.
 */
final class SearchFloor {
  private final int perPage;
  private final Map<String, Integer> byKind = new HashMap<>();

  SearchFloor(int perPage) {
    this.perPage = perPage;
  }

  void add(CreatedRangeSearch.Result result) {
    // Part by part: two parts of 150 repositories take four pages, not the three of 300.
    int pages = 0;
    for (int read : result.partReads()) {
      pages += Math.max(1, pages(read));
    }
    add(result.parts() == 1 ? Purpose.Kind.SEARCH : Purpose.Kind.SEARCH_PARTS, pages);
  }

  void add(QueryResult trending) {
    add(
        Purpose.Kind.TRENDING,
        Math.max(1, pages(trending.items().size() + trending.rejected().size())));
  }

  /** The floor of each kind of search page, by the name of its {@link Purpose.Kind}. */
  Map<String, Integer> byKind() {
    return Map.copyOf(byKind);
  }

  private void add(Purpose.Kind kind, int pages) {
    byKind.merge(kind.name(), pages, Integer::sum);
  }

  private int pages(int items) {
    return (items + perPage - 1) / perPage;
  }
}
