package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code repo} table and its month links {@code month_repo}. */
final class RepoTable {
  /**
   * Latest figures win, the first sighting stays. The WHERE keeps a save of older data (a backfill
   * from an archive, say) from overwriting figures a later fetch already stored. A search result
   * has no watchers, so a save without them keeps the ones an earlier answer gave.
   */
  private static final String UPSERT =
      """
      INSERT INTO repo (id, full_name, owner, name, html_url, description, stars, forks,
                        open_issues, language, topics, license, homepage, created_at, pushed_at,
                        fork, archived, fetched_at, first_seen_at, watchers)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        full_name = excluded.full_name, owner = excluded.owner, name = excluded.name,
        html_url = excluded.html_url, description = excluded.description,
        stars = excluded.stars, forks = excluded.forks, open_issues = excluded.open_issues,
        language = excluded.language, topics = excluded.topics, license = excluded.license,
        homepage = excluded.homepage, created_at = excluded.created_at,
        pushed_at = excluded.pushed_at, fork = excluded.fork, archived = excluded.archived,
        fetched_at = excluded.fetched_at, watchers = coalesce(excluded.watchers, repo.watchers)
      WHERE excluded.fetched_at >= repo.fetched_at
      """;

  private static final String LINK =
      "INSERT INTO month_repo (month, repo_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

  static final String COLUMNS =
      "r.id, r.full_name, r.owner, r.name, r.html_url, r.description, r.stars, r.forks,"
          + " r.open_issues, r.language, r.topics, r.license, r.homepage, r.created_at,"
          + " r.pushed_at, r.fork, r.archived, r.fetched_at, r.watchers";

  private static final String OF_MONTH =
      "SELECT "
          + COLUMNS
          + " FROM month_repo m JOIN repo r ON r.id = m.repo_id WHERE m.month = ? ORDER BY r.id";

  private final Columns columns;

  RepoTable(Columns columns) {
    this.columns = columns;
  }

  /**
   * Upserts the repositories and links them to the month, in batches, inside the caller's
   * transaction.
   *
   * @param fetchedAt used where a repository does not carry its own fetch time
   */
  void save(Connection connection, CalendarMonth month, List<Repo> repos, Instant fetchedAt)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
        PreparedStatement link = connection.prepareStatement(LINK)) {
      for (Repo repo : repos) {
        bind(upsert, repo, repo.fetchedAt() != null ? repo.fetchedAt() : fetchedAt);
        upsert.addBatch();
        link.setString(1, Columns.month(month));
        link.setLong(2, repo.id());
        link.addBatch();
      }
      upsert.executeBatch();
      link.executeBatch();
    }
  }

  private void bind(PreparedStatement statement, Repo repo, Instant fetchedAt) throws SQLException {
    statement.setLong(1, repo.id());
    statement.setString(2, repo.fullName());
    statement.setString(3, repo.owner());
    statement.setString(4, repo.name());
    statement.setString(5, repo.htmlUrl());
    Columns.nullableText(statement, 6, repo.description());
    statement.setInt(7, repo.stars());
    statement.setInt(8, repo.forks());
    statement.setInt(9, repo.openIssues());
    Columns.nullableText(statement, 10, repo.language());
    statement.setString(11, columns.stringList(repo.topics()));
    Columns.nullableText(statement, 12, repo.license());
    Columns.nullableText(statement, 13, repo.homepage());
    statement.setString(14, Columns.instant(repo.createdAt()));
    statement.setString(15, Columns.instant(repo.pushedAt()));
    statement.setInt(16, repo.fork() ? 1 : 0);
    statement.setInt(17, repo.archived() ? 1 : 0);
    statement.setString(18, Columns.instant(fetchedAt));
    statement.setString(19, Columns.instant(fetchedAt));
    Columns.nullableInt(statement, 20, repo.watchers());
  }

  /**
   * Records the watchers GitHub gave for repositories already stored, in the caller's transaction;
   * an id not stored changes nothing.
   */
  void saveWatchers(Connection connection, Map<Long, Integer> byRepoId) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE repo SET watchers = ? WHERE id = ?")) {
      for (Map.Entry<Long, Integer> e : byRepoId.entrySet()) {
        update.setInt(1, e.getValue());
        update.setLong(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  List<Repo> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OF_MONTH)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<Repo> repos = new ArrayList<>();
        while (rows.next()) {
          repos.add(read(rows));
        }
        return repos;
      }
    }
  }

  /** Reads the {@link #COLUMNS} of the current row. */
  Repo read(ResultSet row) throws SQLException {
    return new Repo(
        row.getLong("id"),
        row.getString("full_name"),
        row.getString("owner"),
        row.getString("name"),
        row.getString("html_url"),
        row.getString("description"),
        row.getInt("stars"),
        row.getInt("forks"),
        row.getInt("open_issues"),
        row.getString("language"),
        columns.stringList(row, "topics"),
        row.getString("license"),
        row.getString("homepage"),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "pushed_at"),
        Columns.bool(row, "fork"),
        Columns.bool(row, "archived"),
        Columns.instant(row, "fetched_at"),
        Columns.nullableInt(row, "watchers"));
  }
}
