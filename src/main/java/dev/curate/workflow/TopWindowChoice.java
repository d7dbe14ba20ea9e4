package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code t} window a fetch would use for a month, for the dry-run plan. The fetch itself
 * decides with {@code dev.curate.reddit.TopWindow}, which is package-private to the Reddit
 * client; this copies its rule (smallest window, lengths on the short side, one hour of slack)
 * until that class is made public, and {@code TopWindowChoiceTest} fails if the two disagree.
 */
final class TopWindowChoice {
  private static final Duration SLACK = Duration.ofHours(1);
  private static final String[] NAMES = {"hour", "day", "week", "month", "year"};
  private static final Duration[] LENGTHS = {
    Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(28), Duration.ofDays(365)
  };

  private TopWindowChoice() {}

  static String covering(CalendarMonth month, Instant now) {
    Duration span = Duration.between(month.start(), now);
    Duration needed = (span.isNegative() ? Duration.ZERO : span).plus(SLACK);
    for (int i = 0; i < NAMES.length; i++) {
      if (LENGTHS[i].compareTo(needed) >= 0) {
        return NAMES[i];
      }
    }
    return "all";
  }
}
