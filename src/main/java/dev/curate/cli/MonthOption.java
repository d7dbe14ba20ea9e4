package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --month YYYY-MM}, mixed into every command that works on a month: by default the month
 * fetched most recently; {@link Required} where the month must be named. {@link MonthConverter}
 * reads and checks the value.
 */
final class MonthOption {
  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month (default: the one fetched most recently).")
  CalendarMonth month;

  /** The month asked for; empty means the one fetched most recently. */
  Optional<CalendarMonth> month() {
    return Optional.ofNullable(month);
  }

  /** {@code --month} for the commands that need it named: {@code fetch}, {@code publish}. */
  static final class Required {
    @Option(
        names = "--month",
        required = true,
        paramLabel = "YYYY-MM",
        description = "The month to ${COMMAND-NAME}.")
    CalendarMonth month;

    CalendarMonth month() {
      return month;
    }
  }
}
