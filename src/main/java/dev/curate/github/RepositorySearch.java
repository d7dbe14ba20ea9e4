package dev.curate.github;

import dev.curate.error.ApiException;
import dev.curate.http.HttpStats;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import okhttp3.HttpUrl;

/**
 * Runs one repository search, most-starred first, reading at most a given number of pages. The
 * first page's URL is built here ({@link #firstPage}); every later one is the {@code Link: <…>;
 * rel="next"} of the page before, as GitHub asks ("use the link header instead of constructing URLs
 * yourself").
 *
 * <p>curate pages the search itself rather than through github-api's {@code PagedSearchIterable}:
 * that iterator keeps each page to itself, and its {@code GHRepository} has no topics and fetches
 * the license with a request of its own, so reading them from the page meant a second reader beside
 * github-api and a map between the two. Here each page is read once ({@link SearchPageReader}),
 * items still bound by github-api, and what a page held comes back with the call that asked for it.
 */
final class RepositorySearch {
  private static final Logger LOG = Logger.getLogger(RepositorySearch.class.getName());

  /**
   * "The GitHub REST API provides up to 1,000 results for each search"; a page past it is a 422.
   */
  static final int RESULT_CAP = 1000;

  /**
   * The REST API version the search is asked for: the one github-api 1.330 sends, whose answer
   * shape its {@code GHRepository} binds.
   */
  static final String API_VERSION = "2022-11-28";

  /** Decides, from the first page, whether the rest of a search is worth reading. */
  @FunctionalInterface
  interface ReadOn {
    ReadOn ALWAYS = (totalCount, incomplete) -> true;

    boolean test(int totalCount, boolean incomplete);
  }

  private final GitHubRest rest;
  private final HttpStats stats;
  private final SearchPageReader reader = new SearchPageReader();
  private final int perPage;
  private final int maxPages;

  RepositorySearch(GitHubRest rest, HttpStats stats, int perPage, int maxPagesPerQuery) {
    this.rest = rest;
    this.stats = stats;
    this.perPage = perPage;
    // Never ask for a page that starts past result 1,000: GitHub answers it with 422.
    int pagesToCap = (RESULT_CAP + perPage - 1) / perPage;
    this.maxPages = Math.min(maxPagesPerQuery, pagesToCap);
  }

  /**
   * {@code GET /search/repositories?q=…&sort=stars&order=desc&per_page=…}: a search's first page.
   */
  HttpUrl firstPage(String query) {
    return rest.url("search/repositories")
        .addQueryParameter("q", query)
        .addQueryParameter("sort", "stars")
        .addQueryParameter("order", "desc")
        .addQueryParameter("per_page", Integer.toString(perPage))
        .build();
  }

  /** Pages read at most: the configured cap, never past result 1,000. */
  int maxPages() {
    return maxPages;
  }

  /**
   * This search as {@link #run} sends it: the first page, then each {@code Link: rel="next"} GitHub
   * names, which adds {@code page} to the same query; 1 to {@link #maxPages} requests.
   */
  PlannedRequest plan(String query, Purpose purpose) {
    return PlannedRequest.get(
            firstPage(query).newBuilder().addQueryParameter("page", "{page}").build(), purpose)
        .times(1, maxPages)
        .countedIn(Budget.Bucket.GITHUB_SEARCH);
  }

  QueryResult run(String query) {
    return run(query, ReadOn.ALWAYS);
  }

  /**
   * @param readOn asked after the first page; false stops there (the caller will narrow the query
   *     instead of reading this one to the end)
   */
  QueryResult run(String query, ReadOn readOn) {
    List<SearchItem> items = new ArrayList<>();
    List<SearchItemReader.Rejected> rejected = new ArrayList<>();
    int pages = 0;
    int totalCount = 0;
    boolean incomplete = false;
    boolean refusedAtCap = false;
    Optional<HttpUrl> next = Optional.of(firstPage(query));
    while (next.isPresent() && pages < maxPages) {
      SearchPage page;
      try {
        page = page(next.get());
      } catch (SearchCapReached e) {
        refusedAtCap = true;
        break;
      }
      pages++;
      items.addAll(page.items());
      rejected.addAll(page.rejected());
      totalCount = Math.max(totalCount, page.totalCount());
      incomplete |= page.incomplete();
      if (page.isEmpty() || pages == 1 && !readOn.test(totalCount, incomplete)) {
        break;
      }
      next = page.next();
    }
    return new QueryResult(query, items, rejected, totalCount, incomplete, pages, refusedAtCap);
  }

  /**
   * One page. An answer that is no search page is asked for once more first, as a proxy glitch
   * often clears (api-behaviour §3); a bad item is not: it is what GitHub sent.
   *
   * @throws SearchCapReached GitHub refused the page as past its first 1,000 results
   */
  private SearchPage page(HttpUrl url) {
    for (int attempt = 1; ; attempt++) {
      GitHubRest.Answer answer = rest.getRevalidated(url, GitHubRest.JSON, API_VERSION);
      if (answer.status() >= 400) {
        throw rest.fail(answer);
      }
      try {
        return reader.read(answer);
      } catch (SearchPageReader.Unreadable e) {
        if (attempt == 2) {
          throw new ApiException(e.getMessage());
        }
        LOG.fine(() -> e.getMessage() + "; fetching the page once more");
        stats.countRetry("GET", url);
      }
    }
  }
}
