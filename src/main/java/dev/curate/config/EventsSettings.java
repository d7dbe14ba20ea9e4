package dev.curate.config;

import dev.curate.model.CalendarMonth;

/**
 * GH Archive's events as a source of candidates ({@code github.events}; docs/configuration.md).
 *
 * @param top the repositories with the most star events in the month that the events source counts
 *     (and, for them, the three months before)
 * @param lookup how many of those, most stars first, are looked up on GitHub (one request each)
 * @param soundFrom the first month whose star events GH Archive recorded soundly
 * @param soundTo the last such month: from mid-2025 most star events were lost (WatchEvent capture
 *     fell below 20%, igrigorik/gharchive.org issue 320), so later counts are lower bounds
 * @param database the ClickHouse database holding the events table
 * @param table the events table, in the schema of ClickHouse's {@code github_events}
 */
public record EventsSettings(
    int top,
    int lookup,
    CalendarMonth soundFrom,
    CalendarMonth soundTo,
    String database,
    String table) {

  /** The shipped values (config/curate.yaml): the playground's {@code default.github_events}. */
  public static final EventsSettings DEFAULTS =
      new EventsSettings(
          1000,
          300,
          CalendarMonth.of(2015, 1),
          CalendarMonth.of(2025, 5),
          "default",
          "github_events");

  /** Whether the events of {@code month} are sound, not a lower bound. */
  public boolean isSound(CalendarMonth month) {
    return month.compareTo(soundFrom) >= 0 && month.compareTo(soundTo) <= 0;
  }
}
