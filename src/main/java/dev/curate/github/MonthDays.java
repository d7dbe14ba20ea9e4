package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The month's stars per day, index 0 the 1st. GitHub does not promise that the days of its star
 * history start at UTC midnight, so a day is filed under the UTC date of its middle (its start plus
 * 12 hours): for any day boundary within 12 hours of UTC midnight that is the day's own date, and a
 * day is never counted in two months.
 */
final class MonthDays {
  private static final long DAY_SECONDS = 86_400L;

  private final CalendarMonth month;
  private final int[] counts;

  MonthDays(CalendarMonth month) {
    this.month = month;
    this.counts = new int[month.value().lengthOfMonth()];
  }

  /** Adds the days of a week that fall in the month; the others are ignored. */
  void add(StarWeek week) {
    for (int i = 0; i < week.days().size(); i++) {
      add(
          Instant.ofEpochSecond(week.week() + i * DAY_SECONDS + DAY_SECONDS / 2),
          nullAsZero(week.days().get(i)));
    }
  }

  /** Adds stars given at one instant (a stargazer's {@code starred_at}) when it is in the month. */
  void add(Instant when, int stars) {
    LocalDate date = LocalDate.ofInstant(when, ZoneOffset.UTC);
    if (month.contains(date.atStartOfDay().toInstant(ZoneOffset.UTC))) {
      counts[date.getDayOfMonth() - 1] += stars;
    }
  }

  List<Integer> daily() {
    List<Integer> out = new ArrayList<>(counts.length);
    for (int c : counts) {
      out.add(c);
    }
    return Collections.unmodifiableList(out);
  }

  int total() {
    int sum = 0;
    for (int c : counts) {
      sum += c;
    }
    return sum;
  }

  private static int nullAsZero(Integer value) {
    return value == null ? 0 : Math.max(0, value);
  }
}
