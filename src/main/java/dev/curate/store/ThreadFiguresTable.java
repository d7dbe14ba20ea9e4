package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.ThreadFigures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code thread_figures} table: a thread's archived and refreshed score and comment count. A
 * new fetch replaces the row whole, as it replaces the thread's figures in {@code thread}.
 */
final class ThreadFiguresTable {
  private static final String UPSERT =
      """
      INSERT INTO thread_figures (thread_id, archived_score, archived_comments, archived_at,
                                  refreshed_score, refreshed_comments, refreshed_at, unserved_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (thread_id) DO UPDATE SET
        archived_score = excluded.archived_score, archived_comments = excluded.archived_comments,
        archived_at = excluded.archived_at, refreshed_score = excluded.refreshed_score,
        refreshed_comments = excluded.refreshed_comments, refreshed_at = excluded.refreshed_at,
        unserved_at = excluded.unserved_at
      """;

  private static final String OF_MONTH =
      "SELECT f.* FROM month_thread m JOIN thread_figures f ON f.thread_id = m.thread_id WHERE m.month = ?"
          + " ORDER BY length(f.thread_id), f.thread_id";

  /** Saves in the caller's transaction, after the threads themselves (the key refers to them). */
  void save(Connection connection, List<ThreadFigures> figures) throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (ThreadFigures f : figures) {
        upsert.setString(1, f.threadId());
        Columns.nullableInt(upsert, 2, f.archivedScore());
        Columns.nullableInt(upsert, 3, f.archivedComments());
        instant(upsert, 4, f.archivedAt());
        Columns.nullableInt(upsert, 5, f.refreshedScore());
        Columns.nullableInt(upsert, 6, f.refreshedComments());
        instant(upsert, 7, f.refreshedAt());
        instant(upsert, 8, f.unservedAt());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  Map<String, ThreadFigures> ofMonth(Connection connection, CalendarMonth month)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OF_MONTH)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        Map<String, ThreadFigures> byId = new LinkedHashMap<>();
        while (rows.next()) {
          String id = rows.getString("thread_id");
          byId.put(
              id,
              new ThreadFigures(
                  id,
                  Columns.nullableInt(rows, "archived_score"),
                  Columns.nullableInt(rows, "archived_comments"),
                  instantOrNull(rows, "archived_at"),
                  Columns.nullableInt(rows, "refreshed_score"),
                  Columns.nullableInt(rows, "refreshed_comments"),
                  instantOrNull(rows, "refreshed_at"),
                  instantOrNull(rows, "unserved_at")));
        }
        return byId;
      }
    }
  }

  private static void instant(PreparedStatement s, int index, Instant value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, Columns.instant(value));
    }
  }

  private static Instant instantOrNull(ResultSet row, String column) throws SQLException {
    return row.getString(column) == null ? null : Columns.instant(row, column);
  }
}
