package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code thread} table and its month links {@code month_thread}. */
final class ThreadTable {
  /**
   * As for repositories: latest figures win, the first sighting stays, older data never wins. A new
   * thread is first seen when fetched: ?18 is bound once for both.
   */
  private static final String UPSERT =
      """
      INSERT INTO thread (id, subreddit, title, author, score, comments, upvote_ratio,
                          created_at, permalink, url, flair, is_self, selftext, over_18,
                          stickied, removed, deleted, fetched_at, first_seen_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)
      ON CONFLICT (id) DO UPDATE SET
        subreddit = excluded.subreddit, title = excluded.title, author = excluded.author,
        score = excluded.score, comments = excluded.comments,
        upvote_ratio = excluded.upvote_ratio, created_at = excluded.created_at,
        permalink = excluded.permalink, url = excluded.url, flair = excluded.flair,
        is_self = excluded.is_self, selftext = excluded.selftext, over_18 = excluded.over_18,
        stickied = excluded.stickied, removed = excluded.removed, deleted = excluded.deleted,
        fetched_at = excluded.fetched_at
      WHERE excluded.fetched_at >= thread.fetched_at
      """;

  /**
   * All the links in one statement, over the ids as a JSON array: binding 7,708 rows of a month one
   * by one cost 16 ms in a fresh JVM, this 11 (SaveSubredditBench). "WHERE true" tells SQLite that
   * ON starts the upsert clause, not a join constraint.
   */
  private static final String LINK =
      "INSERT INTO month_thread (month, thread_id) SELECT ?, value FROM json_each(?) WHERE true"
          + " ON CONFLICT DO NOTHING";

  static final String COLUMNS =
      "t.id, t.subreddit, t.title, t.author, t.score, t.comments, t.upvote_ratio, t.created_at,"
          + " t.permalink, t.url, t.flair, t.is_self, t.selftext, t.over_18, t.stickied,"
          + " t.removed, t.deleted, t.fetched_at";

  /**
   * Base36 ids grow with time, so ordering by length and then text is creation order; plain text
   * order would put "zz" after "100".
   */
  private static final String OF_MONTH =
      "SELECT "
          + COLUMNS
          + " FROM month_thread m JOIN thread t ON t.id = m.thread_id WHERE m.month = ?"
          + " ORDER BY length(t.id), t.id";

  /** Upserts the threads and links them to the month, in the caller's transaction. */
  void save(
      Connection connection, CalendarMonth month, List<RedditThread> threads, Instant fetchedAt)
      throws SQLException {
    upsert(connection, threads, fetchedAt);
    link(connection, month, threads);
  }

  /** Upserts the threads in one batch; those without a fetch time of their own take {@code at}. */
  void upsert(Connection connection, List<RedditThread> threads, Instant at) throws SQLException {
    FetchTimes fetchTimes = new FetchTimes(at);
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (RedditThread thread : threads) {
        bind(upsert, thread, fetchTimes.textOf(thread));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** Links the threads to the month; a link that is there already stays as it is. */
  void link(Connection connection, CalendarMonth month, List<RedditThread> threads)
      throws SQLException {
    List<String> ids = new ArrayList<>(threads.size());
    for (RedditThread thread : threads) {
      ids.add(thread.id());
    }
    try (PreparedStatement link = connection.prepareStatement(LINK)) {
      link.setString(1, Columns.month(month));
      link.setString(2, Columns.jsonStrings(ids));
      link.executeUpdate();
    }
  }

  /**
   * The column text of each thread's fetch time. The threads of one save share theirs, so it is
   * written once, not twice per thread (fetched_at, first_seen_at): in a fresh JVM, 15,000 calls of
   * {@link Columns#instant} run mostly interpreted.
   */
  private static final class FetchTimes {
    private final Instant fallback;
    private Instant last;
    private String lastText;

    FetchTimes(Instant fallback) {
      this.fallback = fallback;
    }

    String textOf(RedditThread thread) {
      Instant at = thread.fetchedAt() != null ? thread.fetchedAt() : fallback;
      if (!at.equals(last)) {
        last = at;
        lastText = Columns.instant(at);
      }
      return lastText;
    }
  }

  /**
   * Deletes threads and their links to every month, in the caller's transaction. Shortlist entries
   * must be gone first ({@link ShortlistTable#removeThreads}): their foreign key would refuse the
   * delete. Ids that were never stored are no-ops.
   */
  void delete(Connection connection, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement links =
            connection.prepareStatement("DELETE FROM month_thread WHERE thread_id = ?");
        PreparedStatement rows = connection.prepareStatement("DELETE FROM thread WHERE id = ?")) {
      for (String id : ids) {
        links.setString(1, id);
        links.addBatch();
        rows.setString(1, id);
        rows.addBatch();
      }
      links.executeBatch();
      rows.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, RedditThread thread, String fetchedAt)
      throws SQLException {
    statement.setString(1, thread.id());
    statement.setString(2, thread.subreddit());
    statement.setString(3, thread.title());
    Columns.nullableText(statement, 4, thread.author());
    Columns.nullableInt(statement, 5, thread.score());
    Columns.nullableInt(statement, 6, thread.comments());
    Columns.nullableReal(statement, 7, thread.upvoteRatio());
    statement.setString(8, Columns.instant(thread.createdAt()));
    statement.setString(9, thread.permalink());
    Columns.nullableText(statement, 10, thread.url());
    Columns.nullableText(statement, 11, thread.flair());
    statement.setInt(12, thread.isSelf() ? 1 : 0);
    Columns.nullableText(statement, 13, thread.selftext());
    statement.setInt(14, thread.over18() ? 1 : 0);
    statement.setInt(15, thread.stickied() ? 1 : 0);
    statement.setInt(16, thread.removed() ? 1 : 0);
    statement.setInt(17, thread.deleted() ? 1 : 0);
    statement.setString(18, fetchedAt);
  }

  List<RedditThread> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OF_MONTH)) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<RedditThread> threads = new ArrayList<>();
        while (rows.next()) {
          threads.add(read(rows));
        }
        return threads;
      }
    }
  }

  /** Reads the {@link #COLUMNS} of the current row. */
  static RedditThread read(ResultSet row) throws SQLException {
    return new RedditThread(
        row.getString("id"),
        row.getString("subreddit"),
        row.getString("title"),
        row.getString("author"),
        Columns.nullableInt(row, "score"),
        Columns.nullableInt(row, "comments"),
        Columns.nullableReal(row, "upvote_ratio"),
        Columns.instant(row, "created_at"),
        row.getString("permalink"),
        row.getString("url"),
        row.getString("flair"),
        Columns.bool(row, "is_self"),
        row.getString("selftext"),
        Columns.bool(row, "over_18"),
        Columns.bool(row, "stickied"),
        Columns.bool(row, "removed"),
        Columns.bool(row, "deleted"),
        Columns.instant(row, "fetched_at"));
  }
}
