package dev.curate.github;

/**
 * The pages of a star history that may still hold a month, what the pages read so far say about
 * where its weeks are, and which page to read next.
 *
 * <p>A page's weeks are a stretch of the list, newest first, {@value MonthInHistory#PER_PAGE} to a
 * page, so week {@code i} of the list is on page {@code i / 30 + 1}. Two weeks of known place and
 * time place the month's middle between them in proportion of time: on the newer side the oldest
 * week of the nearest page newer than the month, else the fetch's own time as week 0; on the older
 * side the newest week of the nearest page older than it.
 *
 * <p>Until a week older than the month has been seen there is nothing to interpolate towards. The
 * list's length is known (the last page), and weeks can only be missing: so the month is at least
 * as far down the list as if every week from the repository's creation to the month were listed.
 * That place is read then, once without counting against the rule below: it is exact for a
 * repository created inside the month (its first weeks), close for one whose stars came in one
 * stretch after its creation and then almost stopped (the shape issue 14 found), and page 1 for a
 * month in such a history's sparse tail.
 *
 * <p>Listed weeks are rarely spread evenly (stars come in bursts), so every estimate is checked:
 * when a read has not at least halved the bracket since it was last halved, the next read is the
 * bracket's middle, which does. Every two reads therefore halve it.
 */
final class HistoryBracket {
  /** A week of the list: its place (0 the newest) and its start in Unix seconds. */
  private record Mark(double index, long time) {}

  private final long target;
  private final long created;
  private int lo = 1;
  private int hi = MonthInHistory.MAX_PAGE;
  private int lastPage = MonthInHistory.MAX_PAGE;
  private boolean lastKnown;
  private boolean firstPageRead;
  private Mark newer;
  private Mark older;
  private boolean freeReadTaken;
  private boolean guarding;
  private int halvedAt;
  private boolean bisectNext;

  /**
   * @param start the month's first second (Unix seconds)
   * @param end the second after the month
   * @param now the fetch's time: no listed week is newer
   * @param created the repository's creation (Unix seconds): no listed week is much older
   */
  HistoryBracket(long start, long end, long now, long created) {
    this.target = start + (end - start) / 2;
    this.created = created;
    this.newer = new Mark(0, now);
  }

  /** The page's weeks are all newer than the month: it lies on a later page. */
  void newerThan(HistoryPage page) {
    lo = Math.max(lo, page.number() + 1);
    newer = new Mark(index(page) + page.weeks().size() - 1, page.oldest().week());
  }

  /** The page's weeks are all older than the month: it lies on an earlier page. */
  void olderThan(HistoryPage page) {
    hi = Math.min(hi, page.number() - 1);
    older = new Mark(index(page), page.newest().week());
  }

  /** The page is past the history's end. */
  void beyondEnd(int page) {
    hi = Math.min(hi, page - 1);
  }

  /** The history ends at this page ({@code rel="last"}, or a page without {@code rel="next"}). */
  void endsAt(int page) {
    lastPage = Math.min(lastPage, Math.max(1, page));
    hi = Math.min(hi, lastPage);
    lastKnown = true;
  }

  /** Page 1 has been read: it names the last page if there is more than one, so nothing will. */
  void firstPageRead() {
    firstPageRead = true;
    lastKnown = true;
  }

  /**
   * Called once each read has been told. The halvings are counted from the read after which the
   * history's length is known and the month's older side placed (by a week older than it, by page
   * 1, or by the one estimate from the creation).
   */
  void read() {
    if (!lastKnown || !guarding && older == null && !freeReadTaken && !firstPageRead) {
      return;
    }
    int size = Math.max(0, hi - lo + 1);
    if (!guarding || 2 * size <= halvedAt) {
      guarding = true;
      halvedAt = size;
      bisectNext = false;
    } else {
      bisectNext = true;
    }
  }

  /** No page is left that could hold one of the month's weeks. */
  boolean isEmpty() {
    return lo > hi;
  }

  /** The page to read next. */
  int next() {
    if (!lastKnown) {
      return 1; // only after a page past the end that named no last page: page 1 names it
    }
    if (!guarding) {
      freeReadTaken = true;
    } else if (bisectNext) {
      return (lo + hi) >>> 1;
    }
    if (older == null) {
      return clamp(pageOf(countedFromCreation()));
    }
    if (newer.time() <= older.time()) {
      return (lo + hi) >>> 1; // a clock behind the history's weeks: nothing to interpolate on
    }
    double share = (double) (newer.time() - target) / (newer.time() - older.time());
    return clamp(pageOf(newer.index() + share * (older.index() - newer.index())));
  }

  /**
   * The month's place in the list if every week from the repository's creation to the month were
   * listed, the list's length taken as the middle of its last page.
   */
  private double countedFromCreation() {
    long weeksBefore =
        Math.floorDiv(target, StarWeek.WEEK_SECONDS)
            - Math.floorDiv(created, StarWeek.WEEK_SECONDS);
    return (lastPage - 0.5) * MonthInHistory.PER_PAGE - weeksBefore;
  }

  private int clamp(long page) {
    return (int) Math.max(lo, Math.min(hi, page));
  }

  private static long pageOf(double index) {
    return (long) Math.floor(index / MonthInHistory.PER_PAGE) + 1;
  }

  private static long index(HistoryPage page) {
    return (long) (page.number() - 1) * MonthInHistory.PER_PAGE;
  }
}
