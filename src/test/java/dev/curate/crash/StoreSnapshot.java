package dev.curate.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a workspace's database holds, read with plain JDBC behind the store's back, and the checks
 * that say a kill left it whole: SQLite's own integrity check, earlier fetches unchanged, and every
 * recorded fetch matching the rows it saved.
 */
record StoreSnapshot(
    List<String> integrity,
    List<List<Object>> repos,
    List<List<Object>> threads,
    List<List<Object>> monthLinks,
    List<List<Object>> fetchRuns) {

  /** Every column but fetched_at, which each re-fetch moves on. */
  private static final String REPO_VALUES =
      "SELECT id, full_name, owner, name, html_url, description, stars, forks, open_issues, language, topics,"
          + " license, homepage, created_at, pushed_at, fork, archived, first_seen_at FROM repo ORDER BY id";

  private static final String THREAD_VALUES =
      "SELECT id, subreddit, title, author, score, comments, upvote_ratio, created_at, permalink, url, flair,"
          + " is_self, selftext, over_18, stickied, removed, deleted, first_seen_at FROM thread ORDER BY id";
  private static final String LINKS =
      "SELECT 'repo', month, CAST(repo_id AS TEXT) FROM month_repo"
          + " UNION ALL SELECT 'thread', month, thread_id FROM month_thread ORDER BY 1, 2, 3";
  private static final String RUNS = "SELECT * FROM fetch_run ORDER BY id";

  static Path database(Path workspace) {
    return workspace.resolve(Store.DATABASE_FILE);
  }

  static StoreSnapshot read(Path workspace) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database(workspace))) {
      return new StoreSnapshot(
          query(c, "PRAGMA integrity_check").stream().map(r -> String.valueOf(r.get(0))).toList(),
          query(c, REPO_VALUES),
          query(c, THREAD_VALUES),
          query(c, LINKS),
          query(c, RUNS));
    }
  }

  /** The store itself opens the file (migrations included) and reads the month. */
  static void assertStoreOpens(Path workspace) {
    try (Store store = Store.open(workspace)) {
      CalendarMonth month = CalendarMonth.parse(ChildCurate.MONTH);
      store.repos(month);
      store.threads(month);
      store.fetchRuns(month);
    }
  }

  /** The sources a fetch_run row names, in rows added since {@code earlier}. */
  Set<String> sourcesAddedSince(StoreSnapshot earlier) {
    return fetchRuns.subList(earlier.fetchRuns.size(), fetchRuns.size()).stream()
        .map(r -> (String) r.get(2))
        .collect(Collectors.toSet());
  }

  /**
   * The store is whole and the earlier complete fetch is intact: every row of it is still there
   * with its values (the stand-in serves the same figures every time, so no re-fetch may change
   * them, and a half-saved one would add or drop rows), and its fetch_run rows are unchanged.
   */
  void assertIntactAfter(StoreSnapshot baseline) {
    assertThat(integrity).containsExactly("ok");
    assertThat(repos).isEqualTo(baseline.repos);
    assertThat(threads).isEqualTo(baseline.threads);
    assertThat(monthLinks).isEqualTo(baseline.monthLinks);
    assertThat(fetchRuns.subList(0, Math.min(fetchRuns.size(), baseline.fetchRuns.size())))
        .isEqualTo(baseline.fetchRuns);
  }

  /**
   * No fetch_run row without all of its data: for each source, the rows carrying the newest
   * fetched_at are exactly as many as its latest fetch_run says it kept, and none is newer than
   * that run. A source's rows saved without their run, or a run saved without its rows, breaks one
   * of the two.
   */
  void assertEveryRunMatchesItsRows(Path workspace) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database(workspace))) {
      Map<String, List<Object>> latest = new TreeMap<>();
      for (List<Object> run :
          query(c, "SELECT source, kept, finished_at FROM fetch_run ORDER BY id")) {
        latest.put((String) run.get(0), run);
      }
      assertThat(latest).containsOnlyKeys("github", "reddit:MachineLearning", "reddit:datascience");
      for (Map.Entry<String, List<Object>> e : latest.entrySet()) {
        String source = e.getKey();
        String rows =
            source.equals("github")
                ? "SELECT fetched_at FROM repo"
                : "SELECT fetched_at FROM thread WHERE subreddit = '"
                    + source.substring("reddit:".length())
                    + "'";
        List<Object> newest =
            query(
                    c,
                    "SELECT max(fetched_at), count(*) FROM ("
                        + rows
                        + ")"
                        + " WHERE fetched_at = (SELECT max(fetched_at) FROM ("
                        + rows
                        + "))")
                .get(0);
        assertThat((String) newest.get(0))
            .as("newest row of " + source)
            .isLessThanOrEqualTo((String) e.getValue().get(2));
        assertThat(((Number) newest.get(1)).intValue())
            .as("rows of the latest " + source + " run")
            .isEqualTo(((Number) e.getValue().get(1)).intValue());
      }
    }
  }

  private static List<List<Object>> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      int width = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          row.add(rows.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }
}
