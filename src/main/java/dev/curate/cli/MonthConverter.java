package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import java.time.Clock;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --month YYYY-MM} and refuses months that have not begun (UTC). */
final class MonthConverter implements ITypeConverter<CalendarMonth> {
  private final Clock clock;

  MonthConverter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CalendarMonth convert(String value) {
    CalendarMonth month;
    try {
      month = CalendarMonth.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
    CalendarMonth current = CalendarMonth.containing(clock.instant());
    if (month.compareTo(current) > 0) {
      throw new TypeConversionException(
          month
              + " has not begun yet (it is "
              + current
              + " in UTC): pick "
              + current
              + " or earlier");
    }
    return month;
  }
}
