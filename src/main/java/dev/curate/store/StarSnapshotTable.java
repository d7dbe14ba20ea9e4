package dev.curate.store;

import dev.curate.model.Repo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code star_snapshot} table: the star count each fetch saw, one row per repository and
 * instant (a second save at the same instant replaces the first).
 */
final class StarSnapshotTable {
  private static final String INSERT =
      "INSERT INTO star_snapshot (repo_id, taken_at, stars) VALUES (?, ?, ?)"
          + " ON CONFLICT (repo_id, taken_at) DO UPDATE SET stars = excluded.stars";
  private static final String OF_REPO =
      "SELECT taken_at, stars FROM star_snapshot WHERE repo_id = ? ORDER BY taken_at";

  void insert(Connection connection, List<Repo> repos, Instant savedAt) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Repo repo : repos) {
        StarSnapshot snapshot = StarSnapshot.of(repo, savedAt);
        insert.setLong(1, repo.id());
        insert.setString(2, Columns.instant(snapshot.takenAt()));
        insert.setInt(3, snapshot.stars());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Every snapshot of each repository, oldest first; a repository without any has an empty list.
   */
  Map<Long, List<StarSnapshot>> ofRepos(Connection connection, Collection<Long> repoIds)
      throws SQLException {
    Map<Long, List<StarSnapshot>> byRepo = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(OF_REPO)) {
      for (long repoId : repoIds) {
        select.setLong(1, repoId);
        List<StarSnapshot> snapshots = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            snapshots.add(new StarSnapshot(Columns.instant(row, "taken_at"), row.getInt("stars")));
          }
        }
        byRepo.put(repoId, List.copyOf(snapshots));
      }
    }
    return byRepo;
  }
}
