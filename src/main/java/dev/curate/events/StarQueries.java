package dev.curate.events;

import dev.curate.config.EventsSettings;
import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL curate runs on ClickHouse's {@code github_events} table (the playground's schema:
 * ClickHouse/github-explorer; {@code event_type} an Enum8 with {@code 'WatchEvent' = 15}, {@code
 * repo_name}, {@code created_at} a DateTime; sorted by {@code (event_type, repo_name, created_at)},
 * so the filter on the event type reads only star events).
 *
 * <p>Every value is a parameter. Times are {@code DateTime('UTC')} parameters, so that the server's
 * own time zone, which DateTime text is otherwise read and written in, plays no part; the probe
 * answers in epoch seconds for the same reason. Database and table are {@code Identifier}
 * parameters, which ClickHouse quotes itself.
 */
public final class StarQueries {
  /** The months before the month counted for the breakout signal. */
  public static final int EARLIER_MONTHS = 3;

  static final String FRESHNESS_PURPOSE = "the freshness probe";
  static final String MONTH_PURPOSE = "the month's star count";
  static final String STARGAZERS_PURPOSE = "the month's lone stargazers";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private static final String FRESHNESS =
      """
      SELECT toUnixTimestamp(max(created_at)) AS last_event_at
      FROM {database:Identifier}.{table:Identifier}
      WHERE event_type = 'WatchEvent'""";

  // One pass over four months of star events: the month's count decides the top, and the same
  // rows give each repository's counts of the three months before.
  private static final String MONTH =
      """
      SELECT
          repo_name,
          countIf(created_at >= {from:DateTime('UTC')}) AS stars,
          countIf(created_at >= {from_1:DateTime('UTC')} AND created_at < {from:DateTime('UTC')}) AS stars_1,
          countIf(created_at >= {from_2:DateTime('UTC')} AND created_at < {from_1:DateTime('UTC')}) AS stars_2,
          countIf(created_at < {from_2:DateTime('UTC')}) AS stars_3
      FROM {database:Identifier}.{table:Identifier}
      WHERE event_type = 'WatchEvent'
          AND created_at >= {from_3:DateTime('UTC')}
          AND created_at < {to:DateTime('UTC')}
      GROUP BY repo_name
      HAVING stars > 0
      ORDER BY stars DESC, repo_name
      LIMIT {top:UInt32}""";

  // The month's stargazers of the named repositories, and how many of them starred no other
  // repository that month. The first part reads the named repositories' star events only (the
  // sort key starts with event_type, repo_name); the second reads every star event of the month,
  // restricted to those accounts, once: a few million rows on the public table, so it is run for
  // the month's top candidates, never for every repository. An account that starred a repository
  // twice (unstarred in between) counts once.
  private static final String STARGAZERS =
      """
      WITH gazers AS (
          SELECT DISTINCT repo_name, actor_login
          FROM {database:Identifier}.{table:Identifier}
          WHERE event_type = 'WatchEvent'
              AND created_at >= {from:DateTime('UTC')}
              AND created_at < {to:DateTime('UTC')}
              AND repo_name IN {repos:Array(String)}
      )
      SELECT
          g.repo_name AS repo_name,
          count() AS stargazers,
          countIf(a.starred = 1) AS lone
      FROM gazers AS g
      INNER JOIN (
          SELECT actor_login, uniqExact(repo_name) AS starred
          FROM {database:Identifier}.{table:Identifier}
          WHERE event_type = 'WatchEvent'
              AND created_at >= {from:DateTime('UTC')}
              AND created_at < {to:DateTime('UTC')}
              AND actor_login IN (SELECT actor_login FROM gazers)
          GROUP BY actor_login
      ) AS a ON g.actor_login = a.actor_login
      GROUP BY repo_name
      ORDER BY repo_name""";

  private StarQueries() {}

  /** The table's last star event, asked before the month is trusted. */
  public static ClickHouseQuery freshness(EventsSettings settings) {
    return new ClickHouseQuery(FRESHNESS_PURPOSE, FRESHNESS, table(settings));
  }

  /** The month's {@code github.events.top} repositories by star events, with the months before. */
  public static ClickHouseQuery month(CalendarMonth month, EventsSettings settings) {
    Map<String, String> p = table(settings);
    p.put("from", text(month.start()));
    p.put("to", text(month.end()));
    CalendarMonth earlier = month;
    for (int k = 1; k <= EARLIER_MONTHS; k++) {
      earlier = earlier.previous();
      p.put("from_" + k, text(earlier.start()));
    }
    p.put("top", Integer.toString(settings.top()));
    return new ClickHouseQuery(MONTH_PURPOSE, MONTH, p);
  }

  /**
   * The month's stargazers of {@code repos} ({@code owner/name}, as GH Archive names them) and how
   * many starred nothing else that month ({@link ClickHouseStargazers}).
   */
  public static ClickHouseQuery stargazers(
      CalendarMonth month, List<String> repos, EventsSettings settings) {
    return stargazers(month, array(repos), settings);
  }

  /** The stargazers' query as a plan shows it: the names it asks for are {@code {repos}}. */
  static ClickHouseQuery plannedStargazers(CalendarMonth month, EventsSettings settings) {
    return stargazers(month, "{repos}", settings);
  }

  private static ClickHouseQuery stargazers(
      CalendarMonth month, String repos, EventsSettings settings) {
    Map<String, String> p = table(settings);
    p.put("from", text(month.start()));
    p.put("to", text(month.end()));
    p.put("repos", repos);
    return new ClickHouseQuery(STARGAZERS_PURPOSE, STARGAZERS, p);
  }

  /**
   * An {@code Array(String)} parameter's value: ClickHouse's text form, each string quoted with its
   * quotes and backslashes escaped (GitHub's names have neither, but the value is never trusted).
   */
  static String array(List<String> values) {
    return values.stream()
        .map(v -> "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static Map<String, String> table(EventsSettings settings) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("database", settings.database());
    p.put("table", settings.table());
    return p;
  }

  /** A DateTime parameter's value: ClickHouse's text form, here in UTC. */
  static String text(Instant instant) {
    return DATE_TIME.format(instant);
  }
}
