package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The month's stars from the stargazer list with {@code starred_at} ({@code Accept:
 * application/vnd.github.star+json}), which lists stars oldest first, {@value #PER_PAGE} to a page.
 * The stars given before an instant are counted by a binary search for the page where that instant
 * falls: the month's stars are the count before its end minus the count before its start, O(log
 * pages) requests without reading the pages in between. Days are filled when the month lies on at
 * most {@value #MAX_DAILY_PAGES} pages; else only the total is known.
 *
 * <p>GitHub serves this list only to a repository's admins and collaborators since July 2026 (a 403
 * for others), and stops at page {@value #MAX_PAGE} (40,000 stars): a month whose end lies past the
 * last reachable star of a larger repository cannot be measured this way.
 */
final class MonthInStargazers {
  static final int PER_PAGE = 100;
  static final int MAX_PAGE = 400;
  static final int MAX_DAILY_PAGES = 5;

  /**
   * The most requests one repository costs: page 1, two binary searches over at most {@value
   * #MAX_PAGE} pages (⌈log₂ 401⌉ = 9 reads each) and the month's pages for its days; a page is
   * never read twice.
   */
  static final int MAX_REQUESTS = 1 + 2 * 9 + MAX_DAILY_PAGES;

  /** One page of stars, oldest first; empty when the list is unavailable. */
  @FunctionalInterface
  interface Pages {
    Optional<StarPage> read(int page);
  }

  record StarPage(List<Instant> starredAt, LinkHeader link) {
    StarPage {
      starredAt = List.copyOf(starredAt);
    }
  }

  private final CalendarMonth month;
  private final PageReads<StarPage> read;

  private MonthInStargazers(CalendarMonth month, Pages pages) {
    this.month = month;
    this.read = new PageReads<>(pages::read);
  }

  /**
   * @param repoStars the repository's current stars, to tell a list cut at page 400 from its end
   * @return the month's stars, or empty when the list is unavailable or the month lies past its cap
   */
  static Optional<MonthInHistory.Found> find(CalendarMonth month, int repoStars, Pages pages) {
    return new MonthInStargazers(month, pages).measure(repoStars);
  }

  private Optional<MonthInHistory.Found> measure(int repoStars) {
    Optional<StarPage> first = read.read(1);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int last = Math.min(MAX_PAGE, first.get().link().last().orElse(1));
    boolean capped = last == MAX_PAGE && repoStars > MAX_PAGE * PER_PAGE;
    OptionalInt before = before(month.start(), last, capped);
    OptionalInt untilEnd = before(month.end(), last, capped);
    if (before.isEmpty() || untilEnd.isEmpty()) {
      return Optional.empty();
    }
    int stars = untilEnd.getAsInt() - before.getAsInt();
    int firstPage = before.getAsInt() / PER_PAGE + 1;
    int lastPage = Math.max(firstPage, (untilEnd.getAsInt() - 1) / PER_PAGE + 1);
    MonthDays days = new MonthDays(month);
    if (stars > 0 && lastPage - firstPage + 1 <= MAX_DAILY_PAGES) {
      for (int p = firstPage; p <= lastPage; p++) {
        Optional<StarPage> page = read.read(p);
        if (page.isEmpty()) {
          return Optional.empty();
        }
        page.get().starredAt().forEach(at -> days.add(at, 1));
      }
    }
    List<Integer> daily = days.total() == stars ? days.daily() : List.of();
    return Optional.of(new MonthInHistory.Found(daily, stars, read.requests()));
  }

  /** How many stars were given before {@code instant}; empty when that lies past a capped list. */
  private OptionalInt before(Instant instant, int last, boolean capped) {
    // The last page whose first star is before the instant holds the boundary.
    int lo = 1;
    int hi = last;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Optional<StarPage> page = read.read(mid);
      if (page.isEmpty()) {
        return OptionalInt.empty();
      }
      List<Instant> stars = page.get().starredAt();
      if (!stars.isEmpty() && stars.get(0).isBefore(instant)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found == 0) {
      return OptionalInt.of(0);
    }
    List<Instant> stars = read.get(found).starredAt();
    int inPage = (int) stars.stream().filter(at -> at.isBefore(instant)).count();
    if (found == last && inPage == stars.size() && capped) {
      return OptionalInt.empty(); // every reachable star is older: the boundary is past the cap
    }
    return OptionalInt.of((found - 1) * PER_PAGE + inPage);
  }
}
