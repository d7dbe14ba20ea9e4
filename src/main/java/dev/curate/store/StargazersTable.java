package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code repo_month_stargazers} table: the accounts that starred a repository in a month as GH
 * Archive recorded them, and those of them that starred nothing else that month. A new count
 * replaces the month's.
 */
final class StargazersTable {
  private static final String UPSERT =
      """
      INSERT INTO repo_month_stargazers (month, repo_id, stargazers, lone, counted_at)
      VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (month, repo_id) DO UPDATE SET
        stargazers = excluded.stargazers,
        lone = excluded.lone,
        counted_at = excluded.counted_at
      """;
  private static final String OF_MONTH =
      "SELECT repo_id, stargazers, lone FROM repo_month_stargazers WHERE month = ?";

  /**
   * Saves in the caller's transaction, after the repositories themselves (the key refers to them).
   */
  void save(
      Connection connection, CalendarMonth month, Map<Long, MonthStargazers> counts, Instant at)
      throws SQLException {
    if (counts.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<Long, MonthStargazers> e : counts.entrySet()) {
        upsert.setString(1, Columns.month(month));
        upsert.setLong(2, e.getKey());
        upsert.setInt(3, e.getValue().stargazers());
        upsert.setInt(4, e.getValue().lone());
        upsert.setString(5, Columns.instant(at));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  Map<Long, MonthStargazers> ofMonth(Connection connection, CalendarMonth month)
      throws SQLException {
    Map<Long, MonthStargazers> counts = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(OF_MONTH)) {
      select.setString(1, Columns.month(month));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          counts.put(
              row.getLong("repo_id"),
              new MonthStargazers(row.getInt("stargazers"), row.getInt("lone")));
        }
      }
    }
    return counts;
  }
}
