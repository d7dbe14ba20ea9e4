package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code repo_month_events} table: the stars GH Archive recorded for a repository in a month
 * and in the three months before. A new count replaces the month's figure; a previous month the new
 * count left unknown (its hour files were not given) keeps what an earlier count found, so reading
 * a month again from fewer files does not lose its breakout.
 */
final class MonthlyStarsTable {
  private static final String UPSERT =
      """
      INSERT INTO repo_month_events (month, repo_id, stars, prev1, prev2, prev3, counted_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (month, repo_id) DO UPDATE SET
        stars = excluded.stars,
        prev1 = coalesce(excluded.prev1, repo_month_events.prev1),
        prev2 = coalesce(excluded.prev2, repo_month_events.prev2),
        prev3 = coalesce(excluded.prev3, repo_month_events.prev3),
        counted_at = excluded.counted_at
      """;
  private static final String OF_MONTH =
      "SELECT repo_id, stars, prev1, prev2, prev3 FROM repo_month_events WHERE month = ?";

  /**
   * Saves in the caller's transaction, after the repositories themselves (the key refers to them).
   */
  void save(Connection connection, CalendarMonth month, Map<Long, MonthlyStars> counts, Instant at)
      throws SQLException {
    if (counts.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<Long, MonthlyStars> e : counts.entrySet()) {
        MonthlyStars stars = e.getValue();
        upsert.setString(1, Columns.month(month));
        upsert.setLong(2, e.getKey());
        upsert.setInt(3, stars.month());
        Columns.nullableInt(upsert, 4, stars.oneBefore());
        Columns.nullableInt(upsert, 5, stars.twoBefore());
        Columns.nullableInt(upsert, 6, stars.threeBefore());
        upsert.setString(7, Columns.instant(at));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  Map<Long, MonthlyStars> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    Map<Long, MonthlyStars> counts = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(OF_MONTH)) {
      select.setString(1, Columns.month(month));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          counts.put(
              row.getLong("repo_id"),
              new MonthlyStars(
                  row.getInt("stars"),
                  Columns.nullableInt(row, "prev1"),
                  Columns.nullableInt(row, "prev2"),
                  Columns.nullableInt(row, "prev3")));
        }
      }
    }
    return counts;
  }
}
