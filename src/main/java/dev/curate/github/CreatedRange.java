package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A span of creation times, [start, end) in UTC, written as GitHub's {@code created:} qualifier.
 * Whole days are written as dates ({@code created:2018-11-01..2018-11-30}, both ends inclusive);
 * anything finer as datetimes ({@code created:2018-11-12T00:00:00Z..2018-11-12T11:59:59Z}), which
 * GitHub's search accepts "to search by the hour, minute, and second"
 * (https://docs.github.com/en/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates).
 *
 * <p>Splitting is how curate reads past GitHub's 1,000-results-per-search cap: a range that matches
 * too much is searched as two halves, days first, then seconds within a day.
 */
record CreatedRange(Instant start, Instant end) {
  private static final Duration DAY = Duration.ofDays(1);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  CreatedRange {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("empty range " + start + ".." + end);
    }
  }

  /** Any part of a month, in a planned request's URL template. */
  static final String ANY_QUALIFIER = "created:{range}";

  static CreatedRange of(CalendarMonth month) {
    return new CreatedRange(month.start(), month.end());
  }

  /** {@code created:…}, both ends inclusive as GitHub reads them. */
  String qualifier() {
    if (wholeDays()) {
      LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
      LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
      return "created:" + first + ".." + last;
    }
    return "created:" + DATE_TIME.format(start) + ".." + DATE_TIME.format(end.minusSeconds(1));
  }

  /** A single second cannot be narrowed further: GitHub's datetimes stop at seconds. */
  boolean splittable() {
    return Duration.between(start, end).getSeconds() > 1;
  }

  /**
   * Two halves that cover this range exactly: at a day boundary while the range spans several days
   * (so the halves stay readable dates), else at the middle second.
   */
  List<CreatedRange> halves() {
    if (!splittable()) {
      throw new IllegalStateException("cannot split " + qualifier());
    }
    long days = Duration.between(start, end).toDays();
    Instant middle =
        wholeDays() && days >= 2
            ? start.plus(DAY.multipliedBy(days / 2))
            : start.plusSeconds(Duration.between(start, end).getSeconds() / 2);
    return List.of(new CreatedRange(start, middle), new CreatedRange(middle, end));
  }

  private boolean wholeDays() {
    return isMidnight(start) && isMidnight(end);
  }

  private static boolean isMidnight(Instant t) {
    return t.getEpochSecond() % DAY.getSeconds() == 0 && t.getNano() == 0;
  }

  @Override
  public String toString() {
    return qualifier();
  }
}
