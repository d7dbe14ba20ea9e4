package dev.curate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  private static final Path SOURCES = Path.of("src/main/resources/db/migration");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path workspace;

  @Test
  void theIndexListsEveryMigrationFileInOrder() throws Exception {
    List<String> files;
    try (Stream<Path> listing = Files.list(SOURCES)) {
      // By version number, not by name: V10 comes after V9.
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted(
                  Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
              .toList();
    }
    List<String> indexed =
        Migrations.bundled().all().stream()
            .map(m -> "V" + m.version() + "__" + m.description().replace(' ', '_') + ".sql")
            .toList();

    assertThat(indexed).containsExactlyElementsOf(files);
  }

  @Test
  void refusesGapsInVersionNumbers() {
    assertThatThrownBy(
            () ->
                new Migrations(
                    List.of(new Migration(1, "a", "SELECT 1"), new Migration(3, "c", "SELECT 1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[1, 3]");
  }

  @Test
  void aDatabaseOnlyReadMustAlreadyBeAtThisCuratesVersion() throws Exception {
    // Store.openForReading (a read-only workspace) cannot migrate: it says so instead.
    Migration first = new Migration(1, "first", "CREATE TABLE a (x INTEGER);");
    Migration second = new Migration(2, "second", "CREATE TABLE b (y TEXT);");
    Store.open(workspace, new Migrations(List.of(first)), CLOCK).close();

    try (Database database = Database.open(workspace, Store.DATABASE_FILE)) {
      assertThat(new Migrations(List.of(first)).requireCurrent(database)).isEqualTo(1);
      assertThatThrownBy(() -> new Migrations(List.of(first, second)).requireCurrent(database))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "workspace database "
                  + database.file()
                  + " has schema version 1 and this curate needs 2,"
                  + " which means writing to it, but its folder is not writable: make the workspace writable once"
                  + " (or copy it elsewhere and use --workspace)");
      assertThat(
              RawDatabase.query(database.file(), "SELECT name FROM sqlite_schema WHERE name = 'b'"))
          .isEmpty();
    }
  }

  @Test
  void appliesOnlyPendingMigrationsEachWithItsVersionRow() throws Exception {
    Migration first = new Migration(1, "first", "CREATE TABLE a (x INTEGER);");
    Migration second =
        new Migration(2, "second", "CREATE TABLE b (y TEXT); INSERT INTO a VALUES (1);");
    Store.open(workspace, new Migrations(List.of(first)), CLOCK).close();

    try (Store store = Store.open(workspace, new Migrations(List.of(first, second)), CLOCK)) {
      assertThat(store.schemaVersion()).isEqualTo(2);
    }
    Path file = workspace.resolve(Store.DATABASE_FILE);
    assertThat(
            RawDatabase.query(file, "SELECT version, description, applied_at FROM schema_version"))
        .containsExactly(
            List.of(1, "first", "2026-11-28T10:00:00.000000000Z"),
            List.of(2, "second", "2026-11-28T10:00:00.000000000Z"));
    assertThat(RawDatabase.count(file, "a")).isEqualTo(1);
  }

  @Test
  void v7MakesThreadAndCommentFiguresNullableAndTurnsTheZeroRatiosV1WroteForMissingOnesIntoUnknown()
      throws Exception {
    List<Migration> bundled = Migrations.bundled().all();
    Store.open(workspace, new Migrations(bundled.subList(0, 5)), CLOCK).close();
    Path file = workspace.resolve(Store.DATABASE_FILE);
    // As V1-V5 stored a 2018 dump's threads: upvote_ratio 0.0 for the missing field.
    RawDatabase.execute(
        file,
        "INSERT INTO thread (id, subreddit, title, author, score, comments, upvote_ratio,"
            + " created_at, permalink, url, flair, is_self, selftext, over_18, stickied, removed, deleted, fetched_at,"
            + " first_seen_at) VALUES"
            + " ('9v1x7k', 'MachineLearning', 'BigGAN', 'a', 2310, 3412, 0.0, '2018-11-07T11:32:31.000000000Z',"
            + " 'https://www.reddit.com/r/MachineLearning/comments/9v1x7k/x/', NULL, NULL, 1, '', 0, 0, 0, 0,"
            + " '2026-11-28T10:00:00.000000000Z', '2026-11-28T10:00:00.000000000Z'),"
            + " ('9tzb2h', 'MachineLearning', 'Few-shot', 'b', 0, 0, 0.93, '2018-11-04T11:33:27.000000000Z',"
            + " 'https://www.reddit.com/r/MachineLearning/comments/9tzb2h/x/', NULL, NULL, 1, '', 0, 0, 0, 0,"
            + " '2026-11-28T10:00:00.000000000Z', '2026-11-28T10:00:00.000000000Z')");
    RawDatabase.execute(
        file, "INSERT INTO month_thread VALUES ('2018-11', '9v1x7k'), ('2018-11', '9tzb2h')");
    RawDatabase.execute(
        file, "INSERT INTO thread_figures (thread_id, archived_score) VALUES ('9v1x7k', 2310)");

    try (Store store = Store.open(workspace, Migrations.bundled(), CLOCK)) {
      assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(7);
    }

    assertThat(
            RawDatabase.query(
                file, "SELECT id, score, comments, upvote_ratio FROM thread ORDER BY id"))
        .containsExactly(
            java.util.Arrays.asList("9tzb2h", 0, 0, 0.93),
            java.util.Arrays.asList("9v1x7k", 2310, 3412, null));
    assertThat(
            RawDatabase.query(
                file,
                "SELECT name, \"notnull\" FROM pragma_table_info('thread')"
                    + " WHERE name IN ('score', 'comments', 'upvote_ratio') ORDER BY name"))
        .containsExactly(List.of("comments", 0), List.of("score", 0), List.of("upvote_ratio", 0));
    assertThat(
            RawDatabase.single(
                file,
                "SELECT \"notnull\" FROM pragma_table_info('thread_comment') WHERE name = 'score'"))
        .isEqualTo(0);
    assertThat(RawDatabase.count(file, "month_thread")).isEqualTo(2);
    assertThat(RawDatabase.count(file, "thread_figures")).isEqualTo(1);
    assertThat(RawDatabase.query(file, "PRAGMA foreign_key_check")).isEmpty();
  }

  @Test
  void v8KeepsEveryStoredStarGainAndLetsTheEventsMethodIn() throws Exception {
    List<Migration> bundled = Migrations.bundled().all();
    Store.open(workspace, new Migrations(bundled.subList(0, 7)), CLOCK).close();
    Path file = workspace.resolve(Store.DATABASE_FILE);
    RawDatabase.execute(
        file,
        "INSERT INTO repo (id, full_name, owner, name, html_url, stars, forks, open_issues,"
            + " created_at, fork, archived, fetched_at, first_seen_at) VALUES"
            + " (157418578, 'openai/spinningup', 'openai', 'spinningup',"
            + " 'https://github.com/openai/spinningup', 9806, 2181, 153,"
            + " '2018-11-07T17:58:29.000000000Z', 0, 0, '2026-11-28T10:00:00.000000000Z',"
            + " '2026-11-28T10:00:00.000000000Z')");
    RawDatabase.execute(
        file,
        "INSERT INTO star_gain VALUES ('2018-11', 157418578, 3970, 'history', '[]',"
            + " '2026-11-28T10:00:00.000000000Z')");
    assertThatThrownBy(
            () ->
                RawDatabase.execute(
                    file,
                    "INSERT INTO star_gain VALUES ('2018-12', 157418578, 1, 'events', '[]',"
                        + " '2026-11-28T10:00:00.000000000Z')"))
        .hasMessageContaining("CHECK");

    try (Store store = Store.open(workspace, Migrations.bundled(), CLOCK)) {
      assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(8);
    }

    assertThat(RawDatabase.query(file, "SELECT month, repo_id, stars, method FROM star_gain"))
        .containsExactly(List.of("2018-11", 157418578, 3970, "history"));
    RawDatabase.execute(
        file,
        "INSERT INTO star_gain VALUES ('2018-12', 157418578, 1, 'events', '[]',"
            + " '2026-11-28T10:00:00.000000000Z')");
    assertThatThrownBy(
            () ->
                RawDatabase.execute(
                    file,
                    "INSERT INTO star_gain VALUES ('2019-01', 157418578, 1, 'guessed', '[]',"
                        + " '2026-11-28T10:00:00.000000000Z')"))
        .hasMessageContaining("CHECK");
    assertThat(RawDatabase.query(file, "PRAGMA foreign_key_check")).isEmpty();
  }

  @Test
  void v9KeepsEveryFetchRunWithoutEventsAndChecksTheEngine() throws Exception {
    List<Migration> bundled = Migrations.bundled().all();
    Store.open(workspace, new Migrations(bundled.subList(0, 8)), CLOCK).close();
    Path file = workspace.resolve(Store.DATABASE_FILE);
    RawDatabase.execute(
        file,
        "INSERT INTO fetch_run (month, source, finished_at, requests, found, kept, warnings,"
            + " method) VALUES ('2018-11', 'github', '2026-11-28T10:00:00.000000000Z', 21, 40,"
            + " 9, '[]', 'search')");

    try (Store store = Store.open(workspace, Migrations.bundled(), CLOCK)) {
      assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(9);
      List<FetchRun> runs = store.fetchRuns(dev.curate.model.CalendarMonth.of(2018, 11));
      assertThat(runs).singleElement().satisfies(run -> assertThat(run.events()).isNull());
      assertThat(runs.get(0).kept()).isEqualTo(9);
    }
    assertThatThrownBy(
            () ->
                RawDatabase.execute(
                    file, "UPDATE fetch_run SET events_engine = 'bigquery', events_counted = 1"))
        .hasMessageContaining("CHECK");
    assertThatThrownBy(() -> RawDatabase.execute(file, "UPDATE fetch_run SET events_counted = -1"))
        .hasMessageContaining("CHECK");
  }

  @Test
  void v11KeepsEveryEventsFetchRunAsNotSayingAndChecksTheLoneStargazersStatus() throws Exception {
    Path file = atVersion(10);
    RawDatabase.execute(
        file,
        "INSERT INTO fetch_run (month, source, finished_at, requests, found, kept, warnings,"
            + " method, events_engine, events_endpoint, events_counted, events_looked_up,"
            + " events_kept_as_ml, events_renamed, events_gone, events_lower_bound) VALUES"
            + " ('2018-11', 'github', '2026-11-28T10:00:00.000000000Z', 21, 40, 9, '[]',"
            + " 'search+events', 'clickhouse', 'play.clickhouse.com', 1000, 300, 41, 3, 5, 0)");

    assertThat(storedLoneStargazers()).isNull();
    RawDatabase.execute(
        file,
        "UPDATE fetch_run SET events_lone_status = 'failed', events_lone_asked = 7,"
            + " events_lone_counted = 0");
    assertThat(storedLoneStargazers())
        .isEqualTo(
            new dev.curate.model.LoneStargazersCoverage(
                dev.curate.model.LoneStargazersCoverage.Status.FAILED, 7, 0));
    for (String refused :
        List.of(
            "UPDATE fetch_run SET events_lone_status = 'maybe'",
            "UPDATE fetch_run SET events_lone_counted = 8")) {
      assertThatThrownBy(() -> RawDatabase.execute(file, refused)).hasMessageContaining("CHECK");
    }
  }

  @Test
  void v12KeepsEveryFetchRunsFloorAsUnknownAndRefusesANegativeOne() throws Exception {
    Path file = atVersion(11);
    RawDatabase.execute(
        file,
        "INSERT INTO fetch_run (month, source, finished_at, requests, found, kept, warnings,"
            + " method) VALUES ('2018-11', 'github', '2026-11-28T10:00:00.000000000Z', 21, 40,"
            + " 9, '[]', 'search')");

    try (Store store = Store.open(workspace, Migrations.bundled(), CLOCK)) {
      List<FetchRun> runs = store.fetchRuns(dev.curate.model.CalendarMonth.of(2018, 11));
      assertThat(runs).singleElement().satisfies(run -> assertThat(run.requestFloor()).isNull());
      assertThat(runs.get(0).requests()).isEqualTo(21);
    }
    RawDatabase.execute(file, "UPDATE fetch_run SET request_floor = 18");
    assertThatThrownBy(() -> RawDatabase.execute(file, "UPDATE fetch_run SET request_floor = -1"))
        .hasMessageContaining("CHECK");
  }

  /** The workspace's database after the first {@code version} migrations only. */
  private Path atVersion(int version) throws Exception {
    List<Migration> bundled = Migrations.bundled().all();
    Store.open(workspace, new Migrations(bundled.subList(0, version)), CLOCK).close();
    return workspace.resolve(Store.DATABASE_FILE);
  }

  /** The lone stargazers of November's one fetch, as this curate reads them back. */
  private dev.curate.model.LoneStargazersCoverage storedLoneStargazers() throws Exception {
    try (Store store = Store.open(workspace, Migrations.bundled(), CLOCK)) {
      List<FetchRun> runs = store.fetchRuns(dev.curate.model.CalendarMonth.of(2018, 11));
      assertThat(runs).singleElement().satisfies(run -> assertThat(run.events()).isNotNull());
      return runs.get(0).events().loneStargazers();
    }
  }

  @Test
  void aFailingMigrationLeavesTheDatabaseAtThePreviousVersion() throws Exception {
    Migration first = new Migration(1, "first", "CREATE TABLE a (x INTEGER);");
    Migration broken =
        new Migration(2, "broken", "CREATE TABLE b (y TEXT); INSERT INTO nowhere VALUES (1);");
    Store.open(workspace, new Migrations(List.of(first)), CLOCK).close();

    assertThatThrownBy(() -> Store.open(workspace, new Migrations(List.of(first, broken)), CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("apply schema migration V2 (broken)")
        .hasMessageContaining("no such table: nowhere");

    Path file = workspace.resolve(Store.DATABASE_FILE);
    assertThat(RawDatabase.single(file, "SELECT max(version) FROM schema_version")).isEqualTo(1);
    assertThat(RawDatabase.query(file, "SELECT name FROM sqlite_schema WHERE name = 'b'"))
        .isEmpty();
  }
}
