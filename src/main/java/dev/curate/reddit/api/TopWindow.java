package dev.curate.reddit.api;

import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code t} parameter of {@code /r/{sub}/top}. Reddit's windows are relative to now, not to a
 * calendar month, and their lengths are not documented: the smallest window that certainly still
 * reaches back to the month's first second is chosen, so no post of the month falls outside it.
 *
 * <p>Lengths assumed, on the short side so that an edge case errs towards a larger window: hour 1
 * h, day 24 h, week 7 days, month 28 days (the shortest calendar month), year 365 days (a leap year
 * has 366). The span to cover gets {@link #SLACK} on top, for clock skew between us and Reddit and
 * for Reddit's cached listings.
 */
public enum TopWindow {
  HOUR("hour", Duration.ofHours(1)),
  DAY("day", Duration.ofDays(1)),
  WEEK("week", Duration.ofDays(7)),
  MONTH("month", Duration.ofDays(28)),
  YEAR("year", Duration.ofDays(365)),
  ALL("all", null);

  static final Duration SLACK = Duration.ofHours(1);

  private final String parameter;
  private final Duration assumedLength;

  TopWindow(String parameter, Duration assumedLength) {
    this.parameter = parameter;
    this.assumedLength = assumedLength;
  }

  /** The value of {@code t}. */
  public String parameter() {
    return parameter;
  }

  /** The smallest window that, seen from {@code now}, covers the whole of {@code month}. */
  public static TopWindow covering(CalendarMonth month, Instant now) {
    Duration span = Duration.between(month.start(), now);
    Duration needed = (span.isNegative() ? Duration.ZERO : span).plus(SLACK);
    for (TopWindow w : values()) {
      if (w.assumedLength == null || w.assumedLength.compareTo(needed) >= 0) {
        return w;
      }
    }
    return ALL;
  }
}
