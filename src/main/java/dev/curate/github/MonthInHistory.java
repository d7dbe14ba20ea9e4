package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds the pages of a repository's star history that hold one month, without reading the pages in
 * between, and adds up the month's days.
 *
 * <p>Pages list weeks newest first, {@value #PER_PAGE} to a page, and weeks without stars may be
 * missing. If no week were missing, the month's last week would be on page {@code
 * weeksSince(monthEnd) / 30 + 1}; since weeks can only be missing, that page is an upper bound and
 * the first read: for a recent month or a history with stars in most weeks it is the month's page.
 * Its answer bounds the search by the last page ({@code rel="last"}, which GitHub sends on a page
 * past the end too; page 1 is read for it when it does not), and every page read says which side of
 * it the month lies on (its weeks are all newer, all older, it is past the end) and when its weeks
 * are. {@link HistoryBracket} chooses each next page from those timestamps: interpolated, or
 * counted from the repository's creation until a week older than the month is seen, and bisected
 * when that has not halved the pages left. Once a page overlapping the month is found, a neighbour
 * is read only when the month's weeks may continue onto it (a month spans at most six weeks, so two
 * pages at most).
 *
 * <p>Cost: at most {@code 2·⌈log2 P⌉ + 3} requests for a history of P pages (P ≤ 100, so ≤ 17): the
 * first read; then page 1 if that named no last page, or else one read counted from the creation
 * while no week older than the month is known; then at most two reads per halving of the P - 1
 * pages left ({@code 2·⌈log2 P⌉ - 1}); and one neighbour. {@code MonthInHistoryBoundTest} checks it
 * over generated histories of every shape up to 98 pages; on issue 14's mix of a month's 40
 * measured repositories (dense and sparse, new and years old) the mean is 1.95 requests, the most 3
 * ({@code StarHistoryCost}).
 */
public final class MonthInHistory {
  /** GitHub's largest page of the history endpoint. */
  static final int PER_PAGE = 30;

  /** GitHub serves pages up to 100 of this endpoint. */
  static final int MAX_PAGE = 100;

  /** The bound above for {@link #MAX_PAGE} pages: 2·7 + 3. */
  public static final int MAX_REQUESTS = 2 * 7 + 3;

  /** Reads one page; empty when the endpoint is unavailable for this repository. */
  @FunctionalInterface
  interface Pages {
    Optional<HistoryPage> read(int page);
  }

  /** The month's stars per day and the pages read to find them. */
  record Found(List<Integer> daily, int stars, int pagesRead) {}

  private enum Side {
    EMPTY,
    NEWER,
    OLDER,
    BETWEEN,
    OVERLAP
  }

  private final CalendarMonth month;
  private final long start;
  private final long end;
  private final HistoryBracket bracket;
  private final PageReads<HistoryPage> read;

  private MonthInHistory(CalendarMonth month, Instant now, Instant created, Pages pages) {
    this.month = month;
    this.start = month.start().getEpochSecond();
    this.end = month.end().getEpochSecond();
    this.bracket = new HistoryBracket(start, end, now.getEpochSecond(), created.getEpochSecond());
    this.read = new PageReads<>(pages::read);
  }

  /**
   * The month's stars, or empty when the history is unavailable. The creation is always known:
   * {@link StarGainMeter} measures only repositories with one.
   */
  static Optional<Found> find(CalendarMonth month, Instant now, Instant created, Pages pages) {
    return new MonthInHistory(month, now, created, pages).search(estimate(month, now));
  }

  /** The page of the month's last week if every week since were listed: an upper bound. */
  static int estimate(CalendarMonth month, Instant now) {
    long weeks =
        Math.max(
            0,
            Duration.between(month.end().minusSeconds(1), now).getSeconds()
                / StarWeek.WEEK_SECONDS);
    return (int) Math.min(MAX_PAGE, weeks / PER_PAGE + 1);
  }

  private Optional<Found> search(int firstProbe) {
    int p = firstProbe;
    while (true) {
      Optional<HistoryPage> maybe = read.read(p);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      HistoryPage page = maybe.get();
      page.last().ifPresent(bracket::endsAt);
      Side side = side(page);
      switch (side) {
        case OVERLAP:
          return collect(p);
        case BETWEEN:
          return none();
        case NEWER:
          if (!page.link().hasNext()) {
            return none(); // the history begins after the month
          }
          bracket.newerThan(page);
          break;
        case OLDER:
          if (p == 1) {
            return none(); // no star since before the month
          }
          bracket.olderThan(page);
          break;
        case EMPTY:
          if (p == 1) {
            return none(); // no stars at all
          }
          bracket.beyondEnd(p);
          break;
        default:
          throw new IllegalStateException(side.name());
      }
      if (!page.weeks().isEmpty() && !page.link().hasNext()) {
        bracket.endsAt(p);
      }
      if (p == 1) {
        bracket.firstPageRead();
      }
      bracket.read();
      if (bracket.isEmpty()) {
        return none(); // two neighbouring pages on either side: no week of the month is listed
      }
      p = bracket.next();
    }
  }

  /** Adds the month's weeks of page {@code p} and of the neighbours the month continues onto. */
  private Optional<Found> collect(int p) {
    MonthDays days = new MonthDays(month);
    addOverlapping(read.get(p), days);
    for (int q = p - 1; q >= 1 && continuesNewer(read.get(q + 1)); q--) {
      Optional<HistoryPage> newer = read.read(q);
      if (newer.isEmpty()) {
        return Optional.empty();
      }
      addOverlapping(newer.get(), days);
    }
    for (int q = p + 1; continuesOlder(read.get(q - 1)); q++) {
      Optional<HistoryPage> older = read.read(q);
      if (older.isEmpty()) {
        return Optional.empty();
      }
      addOverlapping(older.get(), days);
    }
    return Optional.of(new Found(days.daily(), days.total(), read.requests()));
  }

  /** The page's newest week is in the month but does not reach its end: newer weeks may too. */
  private boolean continuesNewer(HistoryPage page) {
    if (page.weeks().isEmpty()) {
      return false;
    }
    StarWeek newest = page.newest();
    return newest.overlaps(start, end) && newest.week() + StarWeek.WEEK_SECONDS < end;
  }

  /** The page's oldest week is in the month but starts after it: older weeks may be in it too. */
  private boolean continuesOlder(HistoryPage page) {
    if (page.weeks().isEmpty() || !page.link().hasNext()) {
      return false;
    }
    StarWeek oldest = page.oldest();
    return oldest.overlaps(start, end) && oldest.week() > start;
  }

  private void addOverlapping(HistoryPage page, MonthDays days) {
    page.weeks().stream().filter(w -> w.overlaps(start, end)).forEach(days::add);
  }

  private Side side(HistoryPage page) {
    if (page.weeks().isEmpty()) {
      return Side.EMPTY;
    }
    if (page.weeks().stream().anyMatch(w -> w.overlaps(start, end))) {
      return Side.OVERLAP;
    }
    if (page.oldest().week() >= end) {
      return Side.NEWER;
    }
    if (page.newest().week() + StarWeek.WEEK_SECONDS <= start) {
      return Side.OLDER;
    }
    return Side.BETWEEN;
  }

  private Optional<Found> none() {
    MonthDays days = new MonthDays(month);
    return Optional.of(new Found(days.daily(), 0, read.requests()));
  }
}
