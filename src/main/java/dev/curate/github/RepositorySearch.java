package dev.curate.github;

import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHDirection;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHRepositorySearchBuilder;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.PagedIterator;
import org.kohsuke.github.PagedSearchIterable;

/**
 * Runs one repository search through github-api, most-starred first, reading at most a given
 * number of pages. github-api follows GitHub's {@code Link: <…>; rel="next"} headers, as GitHub
 * asks ("use the link header instead of constructing URLs yourself").
 */
final class RepositorySearch {
  /** "The GitHub REST API provides up to 1,000 results for each search"; a page past it is a 422. */
  static final int RESULT_CAP = 1000;

  private final GitHub github;
  private final int perPage;
  private final int maxPages;

  RepositorySearch(GitHub github, int perPage, int maxPagesPerQuery) {
    this.github = github;
    this.perPage = perPage;
    // Never ask for a page that starts past result 1,000: GitHub answers it with 422.
    int pagesToCap = (RESULT_CAP + perPage - 1) / perPage;
    this.maxPages = Math.min(maxPagesPerQuery, pagesToCap);
  }

  QueryResult run(String query) {
    PagedSearchIterable<GHRepository> search = github.searchRepositories()
        .q(query)
        .sort(GHRepositorySearchBuilder.Sort.STARS)
        .order(GHDirection.DESC)
        .list()
        .withPageSize(perPage);
    PagedIterator<GHRepository> pages = search.iterator();
    List<GHRepository> items = new ArrayList<>();
    int read = 0;
    while (read < maxPages && pages.hasNext()) {
      items.addAll(pages.nextPage());
      read++;
    }
    // Safe without another request: the first page has been fetched by hasNext() above, and
    // github-api keeps total_count and incomplete_results from it.
    boolean fetched = maxPages > 0;
    return new QueryResult(query, items, fetched ? search.getTotalCount() : 0,
        fetched && search.isIncomplete(), read);
  }
}
