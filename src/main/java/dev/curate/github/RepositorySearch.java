package dev.curate.github;

import dev.curate.error.CurateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** Decides, from the first page, whether the rest of a search is worth reading. */
  @FunctionalInterface
  interface ReadOn {
    ReadOn ALWAYS = (totalCount, incomplete) -> true;

    boolean test(int totalCount, boolean incomplete);
  }

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
    return run(query, ReadOn.ALWAYS);
  }

  /**
   * @param readOn asked after the first page; false stops there (the caller will narrow the
   *     query instead of reading this one to the end)
   */
  QueryResult run(String query, ReadOn readOn) {
    PagedSearchIterable<GHRepository> search = github.searchRepositories()
        .q(query)
        .sort(GHRepositorySearchBuilder.Sort.STARS)
        .order(GHDirection.DESC)
        .list()
        .withPageSize(perPage);
    PagedIterator<GHRepository> pages = search.iterator();
    List<GHRepository> items = new ArrayList<>();
    int read = 0;
    int totalCount = 0;
    boolean incomplete = false;
    boolean refusedAtCap = false;
    try {
      while (read < maxPages && pages.hasNext()) {
        items.addAll(pages.nextPage());
        read++;
        // Safe without another request: hasNext() above has fetched the page, and github-api
        // keeps total_count and incomplete_results of the latest page.
        totalCount = Math.max(totalCount, search.getTotalCount());
        incomplete |= search.isIncomplete();
        if (read == 1 && !readOn.test(totalCount, incomplete)) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // github-api wraps a failed page in GHException; ours travels inside it.
      Optional<CurateException> failure = CurateException.findIn(e);
      if (failure.isEmpty() || !(failure.get() instanceof SearchCapReached)) {
        throw e;
      }
      refusedAtCap = true;
    }
    // The first hasNext() always asks for page 1, even when it comes back empty.
    int requested = maxPages > 0 ? Math.max(read, 1) : 0;
    return new QueryResult(query, items, totalCount, incomplete, requested, refusedAtCap);
  }
}
