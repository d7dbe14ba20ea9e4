package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code fetch_run} table: which source fetched which month, when, and how it went. */
final class FetchRunTable {
  private static final String INSERT =
      "INSERT INTO fetch_run (month, source, finished_at, requests, found, kept, warnings,"
          + " complete, retries, not_modified, waited_ms, method, expected_posts,"
          + " events_engine, events_endpoint, events_last_event_at, events_counted,"
          + " events_looked_up, events_kept_as_ml, events_renamed, events_gone,"
          + " events_missing_hours, events_lower_bound, events_lone_status, events_lone_asked,"
          + " events_lone_counted, request_floor)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)";

  private static final String COLUMNS =
      "month, source, finished_at, requests, found, kept, warnings, complete, retries,"
          + " not_modified, waited_ms, method, expected_posts, events_engine, events_endpoint,"
          + " events_last_event_at, events_counted, events_looked_up, events_kept_as_ml,"
          + " events_renamed, events_gone, events_missing_hours, events_lower_bound,"
          + " events_lone_status, events_lone_asked, events_lone_counted, request_floor";

  private final Columns columns;

  FetchRunTable(Columns columns) {
    this.columns = columns;
  }

  void insert(Connection connection, CalendarMonth month, SourceReport report, Instant finishedAt)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, Columns.month(month));
      insert.setString(2, report.source().key());
      insert.setString(3, Columns.instant(finishedAt));
      insert.setInt(4, report.requests());
      insert.setInt(5, report.found());
      insert.setInt(6, report.kept());
      insert.setString(7, columns.stringList(report.warnings()));
      insert.setInt(8, report.complete() ? 1 : 0);
      insert.setInt(9, report.activity().retries());
      insert.setInt(10, report.activity().notModified());
      insert.setLong(11, report.activity().waited().toMillis());
      insert.setString(12, report.method().slug());
      Columns.nullableInt(insert, 13, report.expectedPosts());
      events(insert, 14, report.events());
      Columns.nullableInt(insert, 27, report.floor());
      insert.executeUpdate();
    }
  }

  /** The id breaks ties between runs that finished in the same instant: the later insert wins. */
  Optional<CalendarMonth> latestMonth(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT month FROM fetch_run ORDER BY finished_at DESC, id DESC LIMIT 1");
        ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(Columns.month(row, "month")) : Optional.empty();
    }
  }

  /** Every month with a recorded fetch, oldest first. */
  List<CalendarMonth> months(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("SELECT DISTINCT month FROM fetch_run ORDER BY month");
        ResultSet rows = query.executeQuery()) {
      List<CalendarMonth> months = new ArrayList<>();
      while (rows.next()) {
        months.add(Columns.month(rows, "month"));
      }
      return months;
    }
  }

  boolean any(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM fetch_run WHERE month = ? LIMIT 1")) {
      query.setString(1, Columns.month(month));
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  List<FetchRun> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM fetch_run WHERE month = ? ORDER BY finished_at, id")) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<FetchRun> runs = new ArrayList<>();
        while (rows.next()) {
          SourceId source = source(rows.getString("source"));
          runs.add(
              new FetchRun(
                  Columns.month(rows, "month"),
                  source,
                  Columns.instant(rows, "finished_at"),
                  rows.getInt("requests"),
                  rows.getInt("found"),
                  rows.getInt("kept"),
                  columns.stringList(rows, "warnings"),
                  rows.getInt("complete") == 1,
                  rows.getInt("retries"),
                  rows.getInt("not_modified"),
                  java.time.Duration.ofMillis(rows.getLong("waited_ms")),
                  method(source, rows.getString("method")),
                  Columns.nullableInt(rows, "expected_posts"),
                  events(rows),
                  Columns.nullableInt(rows, "request_floor")));
        }
        return runs;
      }
    }
  }

  /** Binds the events' thirteen columns from {@code first} on: all NULL when there are none. */
  private static void events(PreparedStatement insert, int first, EventsCoverage e)
      throws SQLException {
    if (e == null) {
      for (int i = 0; i < 13; i++) {
        insert.setNull(first + i, java.sql.Types.NULL);
      }
      return;
    }
    insert.setString(first, e.engine().slug());
    insert.setString(first + 1, e.endpoint());
    Columns.nullableText(insert, first + 2, Columns.instant(e.lastEventAt()));
    insert.setInt(first + 3, e.counted());
    insert.setInt(first + 4, e.lookedUp());
    insert.setInt(first + 5, e.keptAsMl());
    insert.setInt(first + 6, e.renamed());
    insert.setInt(first + 7, e.gone());
    Columns.nullableInt(insert, first + 8, e.missingHours());
    insert.setInt(first + 9, e.lowerBound() ? 1 : 0);
    LoneStargazersCoverage lone = e.loneStargazers();
    Columns.nullableText(insert, first + 10, lone == null ? null : lone.status().slug());
    Columns.nullableInt(insert, first + 11, lone == null ? null : lone.asked());
    Columns.nullableInt(insert, first + 12, lone == null ? null : lone.counted());
  }

  /** Whether the run counted the lone stargazers, or null when it does not say (before V11). */
  private static LoneStargazersCoverage loneStargazers(ResultSet row) throws SQLException {
    String status = row.getString("events_lone_status");
    if (status == null) {
      return null;
    }
    try {
      return new LoneStargazersCoverage(
          LoneStargazersCoverage.Status.fromSlug(status),
          row.getInt("events_lone_asked"),
          row.getInt("events_lone_counted"));
    } catch (IllegalArgumentException e) {
      throw new SQLException("fetch_run.events_lone_*: " + e.getMessage(), e);
    }
  }

  /** The events' coverage of a run, or null when it did not read them (or predates V9). */
  private static EventsCoverage events(ResultSet row) throws SQLException {
    String engine = row.getString("events_engine");
    if (engine == null) {
      return null;
    }
    EventsCoverage.Engine parsed;
    try {
      parsed = EventsCoverage.Engine.fromSlug(engine);
    } catch (IllegalArgumentException e) {
      throw new SQLException(
          "fetch_run.events_engine is not one curate knows: '" + engine + "'", e);
    }
    return new EventsCoverage(
        parsed,
        row.getString("events_endpoint"),
        Columns.instant(row, "events_last_event_at"),
        row.getInt("events_counted"),
        row.getInt("events_looked_up"),
        row.getInt("events_kept_as_ml"),
        row.getInt("events_renamed"),
        row.getInt("events_gone"),
        Columns.nullableInt(row, "events_missing_hours"),
        Columns.bool(row, "events_lower_bound"),
        loneStargazers(row));
  }

  private static SourceId source(String key) throws SQLException {
    try {
      return SourceId.parse(key);
    } catch (IllegalArgumentException e) {
      throw new SQLException("fetch_run.source: " + e.getMessage(), e);
    }
  }

  private static ReadMethod method(SourceId source, String slug) throws SQLException {
    if (slug == null) {
      // Runs recorded before V5 have no method: they were searches and listings.
      return source instanceof SourceId.Subreddit ? ReadMethod.LISTING : ReadMethod.SEARCH;
    }
    try {
      return ReadMethod.fromSlug(slug);
    } catch (IllegalArgumentException e) {
      throw new SQLException("fetch_run.method is not a method curate knows: '" + slug + "'", e);
    }
  }
}
