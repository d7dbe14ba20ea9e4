package dev.curate.github;

/**
 * The pages of a star history that may still hold a month, what the pages read so far say about
 * where its weeks are, and which page to read next: the month's page interpolated from the week
 * timestamps seen, or the bracket's middle when interpolation has not halved it.
 *
 * <p>A page's weeks are a stretch of the list, newest first, {@value MonthInHistory#PER_PAGE} to a
 * page, so week {@code i} of the list is on page {@code i / 30 + 1}. Two weeks of known index and
 * time (the oldest of a page newer than the month, the newest of a page older than it, or the
 * fetch's own time as index 0) place the month's middle between them, in proportion of time. The
 * listed weeks are rarely spread evenly (a repository's stars come in bursts), so each estimate is
 * checked against the bracket: when a read has not at least halved it since the last time it was
 * halved, the next read is the bracket's middle, which does. Every two reads therefore halve it.
 */
final class HistoryBracket {
  /** A week of the list: its place (0 the newest) and its start in Unix seconds. */
  private record Mark(long index, long time) {}

  private final long target;
  private int lo = 1;
  private int hi = MonthInHistory.MAX_PAGE;
  private boolean lastKnown;
  private Mark newer;
  private Mark older;
  private int halvedAt;
  private boolean bisectNext;

  /**
   * @param target the month's middle (Unix seconds)
   * @param now the fetch's time: no listed week is newer, so it stands for week 0 until a page
   *     newer than the month is read
   */
  HistoryBracket(long target, long now) {
    this.target = target;
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
    hi = Math.min(hi, Math.max(1, page));
    lastKnown = true;
  }

  /**
   * Page 1 has been read: it names the last page if there is more than one, so nothing better will.
   */
  void firstPageRead() {
    lastKnown = true;
  }

  /**
   * Called after each read has been told: from the read that bounds the history by its last page
   * on, keeps count of whether the bracket halves.
   */
  void read() {
    if (!lastKnown) {
      return;
    }
    int size = size();
    if (halvedAt == 0 || 2 * size <= halvedAt) {
      halvedAt = Math.max(1, size);
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
    if (bisectNext) {
      return (lo + hi) >>> 1;
    }
    if (older == null) {
      // Nothing older than the month has been seen: a history that lists few weeks for its age
      // keeps them near its start, where the month most likely is too.
      return hi;
    }
    if (newer.time() <= older.time()) {
      return (lo + hi) >>> 1;
    }
    double share = (double) (newer.time() - target) / (newer.time() - older.time());
    double index = newer.index() + share * (older.index() - newer.index());
    long page = (long) Math.floor(index / MonthInHistory.PER_PAGE) + 1;
    return (int) Math.max(lo, Math.min(hi, page));
  }

  private int size() {
    return Math.max(0, hi - lo + 1);
  }

  private static long index(HistoryPage page) {
    return (long) (page.number() - 1) * MonthInHistory.PER_PAGE;
  }
}
