package dev.curate.github;

import dev.curate.model.CalendarMonth;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Runs one configured query over a month, narrowing the {@code created:} range until every part
 * fits under GitHub's cap of "up to 1,000 results for each search"
 * (https://docs.github.com/en/rest/search/search#about-search). The cap cannot be lifted
 * (cli/cli#9734, PyGithub#1589); narrower queries are the documented answer.
 *
 * <p>A part is split when its first page reports {@code total_count} above 1,000, or when GitHub
 * refuses a later page with "422 Only the first 1000 search results are available" (a count that
 * grew while paging). Halves are whole days while the part spans days, then seconds.
 *
 * <p>Cost, bounded by {@code maxParts} (P): each range searched reads at most {@code
 * maxPagesPerQuery} pages (≤ 10 at 100 per page, since no page past result 1,000 is requested), and
 * at most 2P − 1 ranges are searched, the P final parts and the P − 1 that were split. So one query
 * costs at most (2P − 1) × pages requests ({@link #maxRequests}). A split usually costs the one
 * page that revealed it, (P − 1) + P × pages in all: with P = 32 and the default 3 pages, 127
 * searches, about 4 minutes at GitHub's 30 searches a minute; only a page GitHub refuses after the
 * first (a count that grew while paging) makes a split cost more. A month with 2,500 matches
 * typically needs 3 to 4 parts. Past the bound, the part is read as far as GitHub allows and the
 * fetch is reported incomplete.
 *
 * <p>{@code incomplete_results: true} means GitHub's search timed out and "the API returns the
 * matches that were already found"
 * (https://docs.github.com/en/rest/search/search#timeouts-and-incomplete-results). A narrower query
 * is cheaper for GitHub and more likely to finish, so the first such part of a query is asked again
 * once, as two halves; after that, incomplete parts are kept as they are and reported.
 */
final class CreatedRangeSearch {
  /** Parts per query at most; see the class comment for what it costs. */
  static final int MAX_PARTS = 32;

  /**
   * @param items every repository read, duplicates possible across parts
   * @param rejected the results left out of their pages as unusable
   * @param totalCount repositories GitHub counted, over the final parts (they do not overlap)
   * @param complete false when some part stayed over the cap or came back incomplete
   * @param warnings why it is not complete, for the editor
   * @param partReads the results (usable or not) read from each final part, in order: a part's
   *     pages are its own, so its last page is rounded up on its own
   */
  record Result(
      String query,
      List<SearchItem> items,
      List<SearchItemReader.Rejected> rejected,
      int totalCount,
      int pages,
      int parts,
      boolean complete,
      List<String> warnings,
      List<Integer> partReads) {
    Result {
      items = List.copyOf(items);
      rejected = List.copyOf(rejected);
      warnings = List.copyOf(warnings);
      partReads = List.copyOf(partReads);
    }

    /** Repositories read, each once: a split repeats the page that revealed it. */
    int distinctItems() {
      return (int) items.stream().mapToLong(SearchItem::id).distinct().count();
    }
  }

  private final RepositorySearch search;
  private final int maxParts;

  CreatedRangeSearch(RepositorySearch search, int maxParts) {
    this.search = search;
    this.maxParts = maxParts;
  }

  /** The most requests one query costs: see the class comment. */
  static int maxRequests(int maxParts, int pages) {
    return (2 * maxParts - 1) * pages;
  }

  /**
   * What {@link #run} sends: the whole month's search, then, if it holds more than GitHub returns,
   * the same search over parts of the month ({@code created:{range}}), within {@link #maxRequests}
   * in all.
   */
  List<PlannedRequest> plan(String query, CalendarMonth month) {
    int pages = search.maxPages();
    return List.of(
        search.plan(
            q(query, CreatedRange.of(month).qualifier()), Purpose.of(Purpose.Kind.SEARCH, query)),
        search
            .plan(
                q(query, CreatedRange.ANY_QUALIFIER), Purpose.of(Purpose.Kind.SEARCH_PARTS, query))
            .times(0, maxRequests(maxParts, pages) - pages));
  }

  private static String q(String query, String createdQualifier) {
    return query + " " + createdQualifier;
  }

  Result run(String query, CalendarMonth month) {
    Deque<CreatedRange> todo = new ArrayDeque<>(List.of(CreatedRange.of(month)));
    List<SearchItem> items = new ArrayList<>();
    List<SearchItemReader.Rejected> rejected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Integer> partReads = new ArrayList<>();
    int parts = 1;
    int pages = 0;
    int totalCount = 0;
    boolean complete = true;
    boolean askedAgainNarrower = false;
    while (!todo.isEmpty()) {
      CreatedRange part = todo.removeFirst();
      boolean canSplit = part.splittable() && parts < maxParts;
      boolean mayRetryNarrower = canSplit && !askedAgainNarrower;
      QueryResult r =
          search.run(
              q(query, part.qualifier()),
              (total, incomplete) ->
                  !(canSplit && total > RepositorySearch.RESULT_CAP)
                      && !(mayRetryNarrower && incomplete));
      items.addAll(r.items());
      rejected.addAll(r.rejected());
      pages += r.pages();
      boolean splitForCap = canSplit && r.overCap();
      boolean splitForIncomplete = !splitForCap && mayRetryNarrower && r.incomplete();
      if (splitForCap || splitForIncomplete) {
        askedAgainNarrower |= splitForIncomplete;
        List<CreatedRange> halves = part.halves();
        todo.addFirst(halves.get(1));
        todo.addFirst(halves.get(0));
        parts++;
        continue;
      }
      totalCount += r.totalCount();
      partReads.add(r.items().size() + r.rejected().size());
      String where = parts == 1 && todo.isEmpty() ? "" : " (" + part.qualifier() + ")";
      if (r.overCap()) {
        complete = false;
        String why =
            part.splittable()
                ? "curate stopped narrowing it after " + maxParts + " parts"
                : "a one-second range cannot be narrowed";
        warnings.add(
            r.refusedAtCap()
                ? String.format(
                    Locale.ROOT,
                    "'%s'%s: GitHub refused results past its first 1,000 (422), and %s;"
                        + " some repositories may be missing",
                    query,
                    where,
                    why)
                : String.format(
                    Locale.ROOT,
                    "'%s'%s matched %,d repositories, more than the 1,000 GitHub returns for"
                        + " one search, and %s; some repositories may be missing",
                    query,
                    where,
                    r.totalCount(),
                    why));
      }
      if (r.incomplete()) {
        complete = false;
        // https://docs.github.com/en/rest/search/search#timeouts-and-incomplete-results
        warnings.add(
            String.format(
                Locale.ROOT,
                "'%s'%s: GitHub's search timed out and returned incomplete results (incomplete_results: true);"
                    + " some repositories may be missing",
                query,
                where));
      }
    }
    return new Result(
        query, items, rejected, totalCount, pages, parts, complete, warnings, partReads);
  }
}
