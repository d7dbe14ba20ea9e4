package dev.curate.store;

import dev.curate.model.CalendarMonth;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code repo_readme}: each repository's README as raw Markdown, or the fact that it has none. */
final class ReadmeTable {
  private static final String UPSERT =
      """
      INSERT INTO repo_readme (repo_id, readme, fetched_at) VALUES (?, ?, ?)
      ON CONFLICT (repo_id) DO UPDATE SET readme = excluded.readme, fetched_at = excluded.fetched_at
      """;

  /** @param byRepoId README text by repository id; an empty Optional records "no README" */
  void save(Connection connection, Map<Long, Optional<String>> byRepoId, Instant fetchedAt) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<Long, Optional<String>> e : byRepoId.entrySet()) {
        upsert.setLong(1, e.getKey());
        Columns.nullableText(upsert, 2, e.getValue().orElse(null));
        upsert.setString(3, Columns.instant(fetchedAt));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** The READMEs of the month's candidates that have one, by repository id. */
  Map<Long, String> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT r.repo_id, r.readme FROM repo_readme r JOIN month_repo m ON m.repo_id = r.repo_id"
            + " WHERE m.month = ? AND r.readme IS NOT NULL")) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        Map<Long, String> readmes = new HashMap<>();
        while (rows.next()) {
          readmes.put(rows.getLong("repo_id"), rows.getString("readme"));
        }
        return readmes;
      }
    }
  }
}
