package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Shortlist;
import dev.curate.model.ThreadUse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code shortlist} of a month and its entries. Entries hold ids only: reading a shortlist
 * joins the items' current facts, so a re-fetch after ranking shows up in the draft.
 */
final class ShortlistTable {
  // The entry's columns get their own names: a thread has a score of its own, and reading a
  // column by a name two columns share returns the first.
  private static final String REPO_ENTRIES =
      "SELECT e.rank AS entry_rank, e.score AS entry_score, e.area AS entry_area, e.picked AS entry_picked,"
          + " e.note AS entry_note, e.flags AS entry_flags, "
          + RepoTable.COLUMNS
          + " FROM shortlist_repo e JOIN repo r ON r.id = e.repo_id"
          + " WHERE e.month = ? ORDER BY e.rank";

  private static final String THREAD_ENTRIES =
      "SELECT e.rank AS entry_rank, e.score AS entry_score, e.kind AS entry_kind, e.picked AS entry_picked,"
          + " e.note AS entry_note, e.flags AS entry_flags, "
          + ThreadTable.COLUMNS
          + " FROM shortlist_thread e JOIN thread t ON t.id = e.thread_id"
          + " WHERE e.month = ? ORDER BY e.rank";

  private final RepoTable repos;
  private final Columns columns;

  ShortlistTable(RepoTable repos, Columns columns) {
    this.repos = repos;
    this.columns = columns;
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
            "INSERT INTO shortlist_repo (month, rank, repo_id, score, area, picked, note, flags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (RankedRepo entry : shortlist.repos()) {
        insert.setString(1, month);
        insert.setInt(2, entry.rank());
        insert.setLong(3, entry.repo().id());
        insert.setDouble(4, entry.score());
        bindEditorial(insert, entry.area(), entry.picked(), entry.note(), entry.flags());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO shortlist_thread (month, rank, thread_id, score, kind, picked, note, flags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (RankedThread entry : shortlist.threads()) {
        insert.setString(1, month);
        insert.setInt(2, entry.rank());
        insert.setString(3, entry.thread().id());
        insert.setDouble(4, entry.score());
        bindEditorial(insert, entry.kind(), entry.picked(), entry.note(), entry.flags());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Parameters 5 to 8 of an entry's insert: area or kind, picked, note, flags. */
  private void bindEditorial(
      PreparedStatement insert, String category, boolean picked, String note, List<String> flags)
      throws SQLException {
    Columns.nullableText(insert, 5, category);
    insert.setInt(6, picked ? 1 : 0);
    Columns.nullableText(insert, 7, note);
    insert.setString(8, columns.stringList(flags));
  }

  /**
   * Takes threads off every shortlist they are on, in the caller's transaction, and closes the
   * gaps: the later entries move up one place each, so ranks stay 1..n as the draft and {@code rank
   * --json} number them. The freed place is not refilled; that is ranking's job, and {@code curate
   * rank} run again fills it. The shortlist keeps its {@code ranked_at}: it still is the ranking of
   * that moment, less what Reddit's terms made us forget.
   */
  void removeThreads(Connection connection, List<String> threadIds) throws SQLException {
    if (threadIds.isEmpty()) {
      return;
    }
    Set<String> months = new TreeSet<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT month FROM shortlist_thread WHERE thread_id = ?");
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM shortlist_thread WHERE thread_id = ?")) {
      for (String id : threadIds) {
        query.setString(1, id);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            months.add(rows.getString("month"));
          }
        }
        delete.setString(1, id);
        delete.executeUpdate();
      }
    }
    for (String month : months) {
      renumberThreads(connection, month);
    }
  }

  /** The thread's places (month, rank) on every shortlist it is on, oldest month first. */
  List<ThreadUse.Place> placesOf(Connection connection, String threadId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT month, rank FROM shortlist_thread WHERE thread_id = ? ORDER BY month")) {
      query.setString(1, threadId);
      try (ResultSet rows = query.executeQuery()) {
        List<ThreadUse.Place> places = new ArrayList<>();
        while (rows.next()) {
          places.add(new ThreadUse.Place(Columns.month(rows, "month"), rows.getInt("rank")));
        }
        return places;
      }
    }
  }

  /**
   * Renumbers a month's thread entries 1..n in their current order. Moved out of the way first:
   * SQLite checks the (month, rank) key row by row, so shifting ranks in place can collide with an
   * entry not yet moved. Updates, not delete and re-insert, so every other column stays.
   */
  private static void renumberThreads(Connection connection, String month) throws SQLException {
    List<String> order = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT thread_id FROM shortlist_thread WHERE month = ? ORDER BY rank")) {
      query.setString(1, month);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          order.add(rows.getString("thread_id"));
        }
      }
    }
    try (PreparedStatement away =
        connection.prepareStatement(
            "UPDATE shortlist_thread SET rank = rank + 1000000 WHERE month = ?")) {
      away.setString(1, month);
      away.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE shortlist_thread SET rank = ? WHERE month = ? AND thread_id = ?")) {
      for (int i = 0; i < order.size(); i++) {
        update.setInt(1, i + 1);
        update.setString(2, month);
        update.setString(3, order.get(i));
        update.addBatch();
      }
      update.executeBatch();
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
          entries.add(
              new RankedRepo(
                  rows.getInt("entry_rank"),
                  rows.getDouble("entry_score"),
                  repos.read(rows),
                  rows.getString("entry_area"),
                  Columns.bool(rows, "entry_picked"),
                  rows.getString("entry_note"),
                  columns.stringList(rows, "entry_flags"),
                  null));
        }
        return entries;
      }
    }
  }

  private List<RankedThread> rankedThreads(Connection connection, CalendarMonth month)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(THREAD_ENTRIES)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<RankedThread> entries = new ArrayList<>();
        while (rows.next()) {
          entries.add(
              new RankedThread(
                  rows.getInt("entry_rank"),
                  rows.getDouble("entry_score"),
                  ThreadTable.read(rows),
                  rows.getString("entry_kind"),
                  Columns.bool(rows, "entry_picked"),
                  rows.getString("entry_note"),
                  columns.stringList(rows, "entry_flags")));
        }
        return entries;
      }
    }
  }
}
