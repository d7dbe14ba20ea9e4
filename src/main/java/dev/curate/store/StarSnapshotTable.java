package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code star_snapshot} table: the star count each fetch saw, and the gain two snapshots give.
 *
 * <p>The gain of a month from snapshots is {@code E − S}, where S is the last snapshot taken at or
 * before the month's first instant, and E the first snapshot taken at or after the month's end,
 * or, for a month not over yet, the latest snapshot taken after its first instant. It is unknown
 * when either is missing. It is
 * a net change (stars removed count against it) over [S, E], which holds the whole month: when
 * fetches are far apart it also counts the stars given between S and the month's start and
 * between its end and E.
 */
final class StarSnapshotTable {
  private static final String INSERT =
      "INSERT INTO star_snapshot (repo_id, taken_at, stars) VALUES (?, ?, ?)"
          + " ON CONFLICT (repo_id, taken_at) DO UPDATE SET stars = excluded.stars";
  private static final String AT_OR_BEFORE =
      "SELECT stars FROM star_snapshot WHERE repo_id = ? AND taken_at <= ? ORDER BY taken_at DESC LIMIT 1";
  private static final String AT_OR_AFTER =
      "SELECT stars FROM star_snapshot WHERE repo_id = ? AND taken_at >= ? ORDER BY taken_at ASC LIMIT 1";
  private static final String LATEST_AFTER =
      "SELECT stars FROM star_snapshot WHERE repo_id = ? AND taken_at > ? ORDER BY taken_at DESC LIMIT 1";

  void insert(Connection connection, List<Repo> repos, Instant fallbackTime) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Repo repo : repos) {
        insert.setLong(1, repo.id());
        insert.setString(2, Columns.instant(repo.fetchedAt() != null ? repo.fetchedAt() : fallbackTime));
        insert.setInt(3, Math.max(0, repo.stars()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The month's gain from snapshots, as defined above; {@code now} decides whether the month is over. */
  OptionalInt gain(Connection connection, long repoId, CalendarMonth month, Instant now) throws SQLException {
    OptionalInt before = one(connection, AT_OR_BEFORE, repoId, month.start());
    if (before.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalInt after = now.isBefore(month.end())
        ? one(connection, LATEST_AFTER, repoId, month.start())
        : one(connection, AT_OR_AFTER, repoId, month.end());
    return after.isEmpty() ? OptionalInt.empty() : OptionalInt.of(after.getAsInt() - before.getAsInt());
  }

  private static OptionalInt one(Connection connection, String sql, long repoId, Instant at) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, repoId);
      select.setString(2, Columns.instant(at));
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
      }
    }
  }
}
