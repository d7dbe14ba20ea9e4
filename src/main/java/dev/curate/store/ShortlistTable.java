package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Shortlist;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code shortlist} of a month and its entries. Entries hold ids only: reading a shortlist
 * joins the items' current facts, so a re-fetch after ranking shows up in the draft.
 */
final class ShortlistTable {
  // The entry's columns get their own names: a thread has a score of its own, and reading a
  // column by a name two columns share returns the first.
  private static final String REPO_ENTRIES =
      "SELECT e.rank AS entry_rank, e.score AS entry_score, "
          + RepoTable.COLUMNS
          + " FROM shortlist_repo e JOIN repo r ON r.id = e.repo_id"
          + " WHERE e.month = ? ORDER BY e.rank";

  private static final String THREAD_ENTRIES =
      "SELECT e.rank AS entry_rank, e.score AS entry_score, "
          + ThreadTable.COLUMNS
          + " FROM shortlist_thread e JOIN thread t ON t.id = e.thread_id"
          + " WHERE e.month = ? ORDER BY e.rank";

  private final RepoTable repos;

  ShortlistTable(RepoTable repos) {
    this.repos = repos;
  }

  /** Replaces the month's shortlist; entries go with it through ON DELETE CASCADE. */
  void replace(Connection connection, Shortlist shortlist) throws SQLException {
    String month = Columns.month(shortlist.month());
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM shortlist WHERE month = ?")) {
      delete.setString(1, month);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO shortlist (month, ranked_at) VALUES (?, ?)")) {
      insert.setString(1, month);
      insert.setString(2, Columns.instant(shortlist.rankedAt()));
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO shortlist_repo (month, rank, repo_id, score) VALUES (?, ?, ?, ?)")) {
      for (RankedRepo entry : shortlist.repos()) {
        insert.setString(1, month);
        insert.setInt(2, entry.rank());
        insert.setLong(3, entry.repo().id());
        insert.setDouble(4, entry.score());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO shortlist_thread (month, rank, thread_id, score) VALUES (?, ?, ?, ?)")) {
      for (RankedThread entry : shortlist.threads()) {
        insert.setString(1, month);
        insert.setInt(2, entry.rank());
        insert.setString(3, entry.thread().id());
        insert.setDouble(4, entry.score());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  Optional<Shortlist> read(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT ranked_at FROM shortlist WHERE month = ?")) {
      query.setString(1, Columns.month(month));
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Shortlist(
                month,
                rankedRepos(connection, month),
                rankedThreads(connection, month),
                Columns.instant(row, "ranked_at")));
      }
    }
  }

  private List<RankedRepo> rankedRepos(Connection connection, CalendarMonth month)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(REPO_ENTRIES)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<RankedRepo> entries = new ArrayList<>();
        while (rows.next()) {
          entries.add(new RankedRepo(rows.getInt("entry_rank"), rows.getDouble("entry_score"), repos.read(rows)));
        }
        return entries;
      }
    }
  }

  private static List<RankedThread> rankedThreads(Connection connection, CalendarMonth month)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(THREAD_ENTRIES)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<RankedThread> entries = new ArrayList<>();
        while (rows.next()) {
          entries.add(
              new RankedThread(
                  rows.getInt("entry_rank"), rows.getDouble("entry_score"), ThreadTable.read(rows)));
        }
        return entries;
      }
    }
  }
}
