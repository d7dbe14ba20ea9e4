package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code repo_readme}: each repository's README (its text and markup), or the fact that it has
 * none.
 */
final class ReadmeTable {
  private static final String UPSERT =
      """
      INSERT INTO repo_readme (repo_id, readme, format, fetched_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (repo_id) DO UPDATE SET readme = excluded.readme, format = excluded.format,
        fetched_at = excluded.fetched_at
      """;

  /**
   * @param byRepoId README by repository id; an empty Optional records "no README"
   */
  void save(Connection connection, Map<Long, Optional<Readme>> byRepoId, Instant fetchedAt)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<Long, Optional<Readme>> e : byRepoId.entrySet()) {
        upsert.setLong(1, e.getKey());
        Columns.nullableText(upsert, 2, e.getValue().map(Readme::text).orElse(null));
        Columns.nullableText(upsert, 3, e.getValue().map(r -> r.format().key()).orElse(null));
        upsert.setString(4, Columns.instant(fetchedAt));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** The READMEs of the month's candidates that have one, by repository id. */
  Map<Long, Readme> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT r.repo_id, r.readme, r.format FROM repo_readme r JOIN month_repo m ON m.repo_id = r.repo_id"
                + " WHERE m.month = ? AND r.readme IS NOT NULL")) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        Map<Long, Readme> readmes = new HashMap<>();
        while (rows.next()) {
          // The path is not kept: the format is all that is read from it.
          readmes.put(
              rows.getLong("repo_id"),
              new Readme(
                  null, ReadmeFormat.ofKey(rows.getString("format")), rows.getString("readme")));
        }
        return readmes;
      }
    }
  }
}
