package dev.curate.store;

import static dev.curate.store.Fixtures.DECEMBER;
import static dev.curate.store.Fixtures.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.model.ThreadFigures;
import dev.curate.testing.SourceReports;
import dev.curate.testing.ThreadBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows a save of threads leaves are those the plain one-row-per-statement inserts left before
 * the links went through {@code json_each} and the fetch time was bound once: same values, same
 * types, same upsert outcome, for duplicates, nulls, odd ids and empty saves.
 */
class StoreThreadRowsTest {
  private static final Instant EARLY = Instant.parse("2018-12-01T07:00:00Z");
  private static final Instant SAVE_1 = Instant.parse("2018-12-01T08:00:00Z");
  private static final Instant LATE = Instant.parse("2018-12-01T09:30:00.000000001Z");
  private static final Instant SAVE_2 = Instant.parse("2018-12-02T08:00:00.5Z");

  @TempDir Path stored;
  @TempDir Path before;

  @Test
  void savesLeaveTheRowsThePlainInsertsLeft() throws Exception {
    List<Save> saves =
        List.of(
            new Save(NOVEMBER, firstFetch(), SAVE_1),
            new Save(NOVEMBER, secondFetch(), SAVE_2),
            new Save(DECEMBER, fetch(List.of(), List.of()), SAVE_2),
            new Save(DECEMBER, secondFetch(), SAVE_1));
    try (Store store = Store.open(stored)) {
      for (Save save : saves) {
        store.saveSubreddit(save.month, save.fetch, save.at);
      }
    }
    Store.open(before).close();
    for (Save save : saves) {
      saveAsBefore(before.resolve(Store.DATABASE_FILE), save);
    }

    for (String table : List.of("thread", "month_thread", "thread_figures")) {
      assertThat(rows(stored, table)).as(table).isEqualTo(rows(before, table)).isNotEmpty();
    }
    assertThat(
            RawDatabase.query(
                stored.resolve(Store.DATABASE_FILE),
                "SELECT thread_id, typeof(thread_id) FROM month_thread"
                    + " WHERE month = '2018-11' ORDER BY thread_id"))
        .extracting(row -> row.get(0) + ":" + row.get(1))
        .containsExactly(
            "123:text",
            "9tmzzz:text",
            "9tn001:text",
            "9tn002:text",
            "9tn003:text",
            "9tn004:text",
            "9tn005:text",
            "back\\slash:text",
            "ctl\u0001\n:text",
            "dup:text",
            "nul\u0000:text",
            "we\"ird:text",
            "\u00e9\u00fc\u5b66\ud83e\udd16:text");
  }

  @Test
  void aMonthOfThreadsLeavesTheRowsThePlainInsertsLeft() throws Exception {
    SubredditFetch month = SaveSubredditBench.fetch(600, new Random(7));
    Save save = new Save(NOVEMBER, month, SAVE_1);
    try (Store store = Store.open(stored)) {
      store.saveSubreddit(save.month, save.fetch, save.at);
    }
    Store.open(before).close();
    saveAsBefore(before.resolve(Store.DATABASE_FILE), save);

    for (String table : List.of("thread", "month_thread", "thread_figures")) {
      assertThat(rows(stored, table)).as(table).isEqualTo(rows(before, table)).hasSize(600);
    }
  }

  @Test
  void anEmptySaveLinksNothing() throws Exception {
    try (Store store = Store.open(stored)) {
      store.saveSubreddit(NOVEMBER, fetch(List.of(), List.of()), SAVE_1);
      assertThat(store.threads(NOVEMBER)).isEmpty();
    }
    assertThat(RawDatabase.count(stored.resolve(Store.DATABASE_FILE), "month_thread")).isZero();
  }

  /** Full threads, one with every nullable field null, odd ids, three fetch times, duplicates. */
  private static SubredditFetch firstFetch() {
    List<RedditThread> threads = new ArrayList<>();
    threads.add(
        ThreadBuilder.thread("9tmzzz")
            .title("[R] \u00dcber na\u00efve Bayes \u2014 \u5b66\u4e60 \ud83e\udd16")
            .selftext("Line one\n\n\"quoted\" back\\slash tab\t and \u0001 \u00e9")
            .flair("Research")
            .fetchedAt(null)
            .build());
    threads.add(
        ThreadBuilder.from(ThreadBuilder.thread("9tn001").build())
            .author(null)
            .score(null)
            .comments(null)
            .upvoteRatio(null)
            .url(null)
            .flair(null)
            .selftext(null)
            .isSelf(false)
            .removed(true)
            .fetchedAt(null)
            .build());
    threads.add(ThreadBuilder.thread("9tn002").fetchedAt(EARLY).build());
    threads.add(ThreadBuilder.thread("9tn003").fetchedAt(LATE).stickied(true).build());
    threads.add(ThreadBuilder.thread("9tn004").fetchedAt(EARLY).over18(true).build());
    for (String odd :
        List.of(
            "we\"ird",
            "back\\slash",
            "ctl\u0001\n",
            "\u00e9\u00fc\u5b66\ud83e\udd16",
            "123",
            "nul\u0000")) {
      threads.add(ThreadBuilder.thread(odd).title("odd " + odd).fetchedAt(null).build());
    }
    // The same thread twice in one save: the later copy wins, unless it is older.
    threads.add(ThreadBuilder.thread("dup").title("first copy").score(1).fetchedAt(null).build());
    threads.add(ThreadBuilder.thread("dup").title("second copy").score(2).fetchedAt(null).build());
    threads.add(ThreadBuilder.thread("dup").title("older copy").score(3).fetchedAt(EARLY).build());
    List<ThreadFigures> figures =
        List.of(
            new ThreadFigures("9tmzzz", 10, 2, EARLY, 12, 3, LATE, null),
            new ThreadFigures("9tn001", null, null, null, null, null, null, LATE),
            new ThreadFigures("we\"ird", 0, 0, EARLY, null, null, null, null),
            new ThreadFigures("dup", 1, 1, EARLY, null, null, null, null),
            new ThreadFigures("dup", 2, 2, LATE, null, null, null, null));
    return fetch(threads, figures);
  }

  /** Newer figures for some, an older copy of one, and a thread seen for the first time. */
  private static SubredditFetch secondFetch() {
    List<RedditThread> threads =
        List.of(
            ThreadBuilder.thread("9tmzzz").title("renamed").score(99).fetchedAt(null).build(),
            ThreadBuilder.thread("9tn003").title("older than stored").fetchedAt(EARLY).build(),
            ThreadBuilder.thread("9tn005").title("new").fetchedAt(null).build(),
            ThreadBuilder.thread("123").title("still a text id").fetchedAt(null).build());
    return fetch(
        threads, List.of(new ThreadFigures("9tmzzz", 11, 2, LATE, null, null, null, null)));
  }

  private static SubredditFetch fetch(List<RedditThread> threads, List<ThreadFigures> figures) {
    return new SubredditFetch(
        "MachineLearning",
        new SourceResult<>(
            threads,
            SourceReports.subreddit(
                "MachineLearning", 1, threads.size(), threads.size(), List.of())),
        figures);
  }

  private record Save(CalendarMonth month, SubredditFetch fetch, Instant at) {}

  /** Every column of every row, as SQLite quotes it: text, integer, real and null told apart. */
  private static List<String> rows(Path workspace, String table) throws SQLException {
    Path file = workspace.resolve(Store.DATABASE_FILE);
    List<String> columns =
        RawDatabase.query(file, "SELECT name FROM pragma_table_info('" + table + "')").stream()
            .map(row -> "quote(" + row.get(0) + ")")
            .toList();
    String select = String.join(" || '|' || ", columns);
    return RawDatabase.query(file, "SELECT " + select + " FROM " + table + " ORDER BY 1").stream()
        .map(row -> String.valueOf(row.get(0)))
        .collect(Collectors.toList());
  }

  /** What the store did before: one bound row per thread and per link, as plain JDBC batches. */
  private static void saveAsBefore(Path file, Save save) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (var pragma = connection.createStatement()) {
        pragma.execute("PRAGMA foreign_keys = ON");
      }
      connection.setAutoCommit(false);
      List<RedditThread> threads = save.fetch.threads().items();
      try (PreparedStatement upsert = connection.prepareStatement(UPSERT_BEFORE);
          PreparedStatement link = connection.prepareStatement(LINK_BEFORE)) {
        for (RedditThread thread : threads) {
          bindAsBefore(upsert, thread, thread.fetchedAt() != null ? thread.fetchedAt() : save.at);
          upsert.addBatch();
          link.setString(1, Columns.month(save.month));
          link.setString(2, thread.id());
          link.addBatch();
        }
        if (!threads.isEmpty()) {
          upsert.executeBatch();
          link.executeBatch();
        }
      }
      new ThreadFiguresTable().save(connection, save.fetch.figures());
      connection.commit();
    }
  }

  private static final String UPSERT_BEFORE =
      """
      INSERT INTO thread (id, subreddit, title, author, score, comments, upvote_ratio,
                          created_at, permalink, url, flair, is_self, selftext, over_18,
                          stickied, removed, deleted, fetched_at, first_seen_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

  private static final String LINK_BEFORE =
      "INSERT INTO month_thread (month, thread_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

  private static void bindAsBefore(PreparedStatement statement, RedditThread thread, Instant at)
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
    statement.setString(18, Columns.instant(at));
    statement.setString(19, Columns.instant(at));
  }
}
