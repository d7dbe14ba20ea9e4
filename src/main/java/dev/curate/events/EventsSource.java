package dev.curate.events;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.plan.SourcePlan;
import java.util.Optional;

/**
 * GH Archive's star events of a month, wherever they are counted: a ClickHouse server ({@link
 * ClickHouseEvents}) or hour files ({@link HourFileEvents}). What {@code fetch} reads, and plans.
 */
public interface EventsSource {
  /** The source's name in its plan. */
  String PLAN_NAME = "events";

  /**
   * The month's counts.
   *
   * @throws dev.curate.error.CurateException when they cannot be read: ClickHouse's failures with
   *     their exit codes (4 credentials, 75 a stale table, quota or limits, 1 others), a usage
   *     error for hour files that are not GH Archive's
   */
  EventsMonth read(CalendarMonth month);

  /** The requests {@link #read} sends for {@code month}, in order. */
  SourcePlan plan(CalendarMonth month);

  EventsCoverage.Engine engine();

  /**
   * Where the month's lone stargazers of a few repositories are counted (issue 17): ClickHouse's
   * {@code actor_login}. Empty for hour files: telling a lone stargazer needs every account's month
   * of stars, a set of millions that a streamed count per repository does not keep.
   */
  Optional<ClickHouseStargazers> stargazers();

  /** The requests sent and what they cost so far, failed reads included. */
  EventsMonth.Cost cost();
}
