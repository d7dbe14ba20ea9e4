package dev.curate.store;

import dev.curate.model.CalendarMonth;
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
          + " complete, retries, not_modified, waited_ms, method, expected_posts)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
      if (report.expectedPosts() == null) {
        insert.setNull(13, java.sql.Types.INTEGER);
      } else {
        insert.setInt(13, report.expectedPosts());
      }
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
            "SELECT month, source, finished_at, requests, found, kept, warnings, complete,"
                + " retries, not_modified, waited_ms, method, expected_posts FROM fetch_run WHERE month = ? ORDER BY finished_at, id")) {
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
                  Columns.nullableInt(rows, "expected_posts")));
        }
        return runs;
      }
    }
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
