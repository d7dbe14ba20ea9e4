package dev.curate.store;

import static dev.curate.store.Fixtures.DECEMBER;
import static dev.curate.store.Fixtures.FIRST_FETCH;
import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.SECOND_FETCH;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.reddit;
import static dev.curate.store.Fixtures.repo;
import static dev.curate.store.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.StoreException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSaveTest {
  @TempDir Path workspace;

  private Path file() {
    return workspace.resolve(Store.DATABASE_FILE);
  }

  @Test
  void resavingAMonthUpdatesFiguresInPlaceWithoutDuplicates() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 10, FIRST_FETCH), repo(2, "b/two", 20, FIRST_FETCH))),
          FIRST_FETCH);
      store.saveRepos(
          NOVEMBER,
          github(
              List.of(
                  repo(1, "a/one", 15, SECOND_FETCH), repo(2, "b/two-renamed", 25, SECOND_FETCH))),
          SECOND_FETCH);

      assertThat(store.repos(NOVEMBER))
          .extracting(Repo::fullName, Repo::stars, Repo::fetchedAt)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a/one", 15, SECOND_FETCH),
              org.assertj.core.groups.Tuple.tuple("b/two-renamed", 25, SECOND_FETCH));
    }
    assertThat(RawDatabase.count(file(), "repo")).isEqualTo(2);
    assertThat(RawDatabase.count(file(), "month_repo")).isEqualTo(2);
    assertThat(RawDatabase.count(file(), "fetch_run")).isEqualTo(2);
    assertThat(RawDatabase.query(file(), "SELECT first_seen_at, fetched_at FROM repo WHERE id = 1"))
        .containsExactly(
            List.of("2018-12-01T08:00:00.000000000Z", "2018-12-02T08:00:00.500000000Z"));
  }

  @Test
  void resavingThreadsUpdatesFiguresInPlaceWithoutDuplicates() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          reddit(List.of(thread("abc", "[R] t", 5, FIRST_FETCH))),
          FIRST_FETCH);
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          reddit(List.of(thread("abc", "[R] t", 50, SECOND_FETCH))),
          SECOND_FETCH);

      assertThat(store.threads(NOVEMBER)).extracting(RedditThread::score).containsExactly(50);
    }
    assertThat(RawDatabase.count(file(), "thread")).isEqualTo(1);
    assertThat(RawDatabase.count(file(), "month_thread")).isEqualTo(1);
  }

  @Test
  void anOlderSaveDoesNotOverwriteNewerFigures() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 99, SECOND_FETCH))), SECOND_FETCH);
      store.saveRepos(DECEMBER, github(List.of(repo(1, "a/one", 10, FIRST_FETCH))), FIRST_FETCH);

      assertThat(store.repos(DECEMBER)).extracting(Repo::stars).containsExactly(99);
    }
  }

  @Test
  void theSameRepoUnderTwoMonthsIsLinkedToBoth() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 10, FIRST_FETCH))), FIRST_FETCH);
      store.saveRepos(
          DECEMBER,
          github(List.of(repo(1, "a/one", 12, SECOND_FETCH), repo(2, "b/two", 3, SECOND_FETCH))),
          SECOND_FETCH);

      assertThat(store.repos(NOVEMBER))
          .extracting(Repo::id, Repo::stars)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 12));
      assertThat(store.repos(DECEMBER)).extracting(Repo::id).containsExactly(1L, 2L);
    }
    assertThat(RawDatabase.count(file(), "repo")).isEqualTo(2);
    assertThat(RawDatabase.count(file(), "month_repo")).isEqualTo(3);
  }

  @Test
  void failedSaveLeavesPreviousFetchIntact() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 10, FIRST_FETCH), repo(2, "b/two", 20, FIRST_FETCH))),
          FIRST_FETCH);
      List<List<Object>> reposBefore = RawDatabase.query(file(), "SELECT * FROM repo ORDER BY id");
      List<List<Object>> linksBefore =
          RawDatabase.query(file(), "SELECT * FROM month_repo ORDER BY month, repo_id");
      List<List<Object>> runsBefore =
          RawDatabase.query(file(), "SELECT * FROM fetch_run ORDER BY id");
      List<Repo> broken =
          List.of(
              repo(1, "a/one", 1_000, SECOND_FETCH),
              repo(3, "c/three", 30, SECOND_FETCH),
              repo(4, null, 40, SECOND_FETCH),
              repo(5, "e/five", 50, SECOND_FETCH));

      assertThatThrownBy(() -> store.saveRepos(NOVEMBER, github(broken), SECOND_FETCH))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("github fetch of 2018-11")
          .hasMessageContaining("repo.full_name")
          .hasMessageContaining("nothing of it was saved");

      assertThat(RawDatabase.query(file(), "SELECT * FROM repo ORDER BY id"))
          .isEqualTo(reposBefore);
      assertThat(RawDatabase.query(file(), "SELECT * FROM month_repo ORDER BY month, repo_id"))
          .isEqualTo(linksBefore);
      assertThat(RawDatabase.query(file(), "SELECT * FROM fetch_run ORDER BY id"))
          .isEqualTo(runsBefore);
      assertThat(store.repos(NOVEMBER)).extracting(Repo::stars).containsExactly(10, 20);
      assertThat(store.fetchRuns(NOVEMBER)).hasSize(1);

      store.saveRepos(
          NOVEMBER, github(List.of(repo(3, "c/three", 30, SECOND_FETCH))), SECOND_FETCH);
      assertThat(store.repos(NOVEMBER)).extracting(Repo::id).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void failedThreadSaveLeavesPreviousFetchIntact() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          reddit(List.of(thread("a1", "first", 5, FIRST_FETCH))),
          FIRST_FETCH);
      List<List<Object>> before = RawDatabase.query(file(), "SELECT * FROM thread");
      List<RedditThread> broken =
          List.of(
              thread("a1", "first", 500, SECOND_FETCH),
              thread("a2", "second", 6, SECOND_FETCH),
              thread("a3", null, 7, SECOND_FETCH));

      assertThatThrownBy(
              () -> store.saveThreads(NOVEMBER, "MachineLearning", reddit(broken), SECOND_FETCH))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("thread.title");

      assertThat(RawDatabase.query(file(), "SELECT * FROM thread")).isEqualTo(before);
      assertThat(RawDatabase.count(file(), "month_thread")).isEqualTo(1);
      assertThat(RawDatabase.count(file(), "fetch_run")).isEqualTo(1);
    }
  }

  @Test
  void eachSaveRecordsItsFetchRunWithTheReport() {
    SourceResult<Repo> result =
        new SourceResult<>(
            List.of(repo(1, "a/one", 10, FIRST_FETCH)),
            new SourceReport(
                SourceId.GITHUB,
                7,
                30,
                1,
                List.of("search capped at 1000 results", "ünï 🤖"),
                new HttpActivity(2, 3, 4, Duration.ofMillis(1500), Map.of("search", "28/30")),
                false,
                ReadMethod.SEARCH,
                null,
                null,
                new RequestCount(Map.of("SEARCH", 5), Map.of("SEARCH", 4), 2)));
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, result, FIRST_FETCH);
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of()), SECOND_FETCH);

      assertThat(store.fetchRuns(NOVEMBER))
          .containsExactly(
              new FetchRun(
                  NOVEMBER,
                  SourceId.GITHUB,
                  FIRST_FETCH,
                  7,
                  30,
                  1,
                  List.of("search capped at 1000 results", "ünï 🤖"),
                  false,
                  2,
                  3,
                  Duration.ofMillis(1500),
                  ReadMethod.SEARCH,
                  null,
                  null,
                  4),
              new FetchRun(
                  NOVEMBER,
                  new SourceId.Subreddit("MachineLearning"),
                  SECOND_FETCH,
                  2,
                  0,
                  0,
                  List.of(),
                  true,
                  0,
                  0,
                  Duration.ZERO,
                  ReadMethod.LISTING,
                  null,
                  null,
                  null));
      assertThat(store.fetchRuns(DECEMBER)).isEmpty();
    }
  }

  @Test
  void fetchesRecordedBeforeTheirMethodWasKeptReadAsSearchesAndListings()
      throws java.sql.SQLException {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of()), FIRST_FETCH);
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of()), SECOND_FETCH);
    }
    // What a workspace fetched before V5 holds: no method.
    RawDatabase.execute(
        workspace.resolve(Store.DATABASE_FILE), "UPDATE fetch_run SET method = NULL");
    try (Store store = Store.open(workspace)) {
      assertThat(store.fetchRuns(NOVEMBER))
          .extracting(FetchRun::source, FetchRun::method)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(SourceId.GITHUB, ReadMethod.SEARCH),
              org.assertj.core.groups.Tuple.tuple(
                  new SourceId.Subreddit("MachineLearning"), ReadMethod.LISTING));
    }
  }

  @Test
  void aSourceCurateDoesNotKnowInTheFetchHistoryIsAStoreErrorNamingIt()
      throws java.sql.SQLException {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of()), FIRST_FETCH);
    }
    RawDatabase.execute(
        workspace.resolve(Store.DATABASE_FILE), "UPDATE fetch_run SET source = 'mastodon:ml'");
    try (Store store = Store.open(workspace)) {
      assertThatThrownBy(() -> store.fetchRuns(NOVEMBER))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("'mastodon:ml'");
    }
  }

  @Test
  void latestFetchedMonthIsTheMonthOfTheMostRecentFetchNotTheLatestMonth() {
    try (Store store = Store.open(workspace)) {
      assertThat(store.latestFetchedMonth()).isEmpty();

      store.saveRepos(DECEMBER, github(List.of()), Instant.parse("2019-01-02T00:00:00Z"));
      store.saveRepos(
          CalendarMonth.of(2018, 10), github(List.of()), Instant.parse("2019-01-05T00:00:00Z"));
      // Saved last, but finished earlier (a slow source): it is not the latest fetch.
      store.saveRepos(NOVEMBER, github(List.of()), Instant.parse("2019-01-03T00:00:00Z"));

      assertThat(store.latestFetchedMonth()).contains(CalendarMonth.of(2018, 10));
    }
  }

  @Test
  void latestFetchedMonthBreaksTiesBySaveOrder() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(DECEMBER, github(List.of()), FIRST_FETCH);
      store.saveRepos(NOVEMBER, github(List.of()), FIRST_FETCH);

      assertThat(store.latestFetchedMonth()).contains(NOVEMBER);
    }
  }

  @Test
  void hasFetchedOnlyMonthsWithAFetchRun() {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of()), FIRST_FETCH);

      assertThat(store.hasFetched(NOVEMBER)).isTrue();
      assertThat(store.hasFetched(DECEMBER)).isFalse();
    }
  }
}
