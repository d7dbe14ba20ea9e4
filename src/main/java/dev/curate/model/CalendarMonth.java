package dev.curate.model;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar month in UTC, the unit of one issue of the roundup. Everything that asks "is this
 * inside the month" goes through {@link #contains(Instant)} so the boundaries are decided once: the
 * first second of the 1st is inside, the first second of the next month is not.
 */
public record CalendarMonth(YearMonth value) implements Comparable<CalendarMonth> {
  private static final long SECONDS_PER_DAY = 86_400;

  /**
   * The first month worth a roundup: GitHub opened in 2008 (its first repositories date from early
   * that year), so an earlier month can only be a typo and would only waste requests.
   */
  public static final CalendarMonth FIRST = new CalendarMonth(YearMonth.of(2008, 1));

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

  public CalendarMonth {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses {@code YYYY-MM} as a person writes it, refusing months before {@link #FIRST}; the
   * message of the exception says what was wrong.
   */
  public static CalendarMonth parse(String text) {
    CalendarMonth month = parseAny(text);
    if (month.compareTo(FIRST) < 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is before GitHub began (" + FIRST + "): pick " + FIRST + " or later");
    }
    return month;
  }

  /**
   * Parses {@code YYYY-MM} without the {@link #FIRST} floor: for months already recorded (a
   * workspace written before the floor existed must still open).
   */
  public static CalendarMonth parseAny(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a month: use YYYY-MM, e.g. 2018-11");
    }
    try {
      return new CalendarMonth(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a month: the month must be 01 to 12");
    }
  }

  public static CalendarMonth of(int year, int month) {
    return new CalendarMonth(YearMonth.of(year, month));
  }

  public static CalendarMonth containing(Instant instant) {
    return new CalendarMonth(YearMonth.from(instant.atOffset(ZoneOffset.UTC)));
  }

  /** The first instant of the month, inclusive. */
  public Instant start() {
    return value.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant of the next month, exclusive. */
  public Instant end() {
    return value.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  public boolean contains(Instant instant) {
    // In whole seconds, without the two Instants start() and end() build: a dump's read asks this
    // of every post of the month. The month's bounds have no fraction, so seconds decide alone.
    long second = instant.getEpochSecond();
    long first = value.atDay(1).toEpochDay() * SECONDS_PER_DAY;
    return second >= first && second < first + value.lengthOfMonth() * SECONDS_PER_DAY;
  }

  public CalendarMonth previous() {
    return new CalendarMonth(value.minusMonths(1));
  }

  public CalendarMonth next() {
    return new CalendarMonth(value.plusMonths(1));
  }

  /**
   * Inclusive ISO dates as GitHub's search qualifiers want them, e.g. {@code
   * 2018-11-01..2018-11-30}.
   */
  public String isoDateRange() {
    return value.atDay(1) + ".." + value.atEndOfMonth();
  }

  @Override
  public int compareTo(CalendarMonth other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
