package dev.curate.store;

import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a star-burst flag rests on beyond the star history: the watchers GitHub gave, the month's
 * stargazers GH Archive counted, and the flag's details on the shortlist.
 */
class StoreBurstEvidenceTest {
  private static final Instant DEC_03 = Instant.parse("2018-12-03T08:00:00Z");
  private static final Instant DEC_05 = Instant.parse("2018-12-05T08:00:00Z");

  @TempDir Path workspace;

  private static Repo repoWithWatchers(int watchers, Instant fetchedAt) {
    return repo(1, "a/one", 4200, fetchedAt).withWatchers(watchers);
  }

  @Test
  void watchersFromARepositorysAnswerComeBackAndASearchWithoutThemKeepsThem() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repoWithWatchers(3, DEC_03))), Map.of(), DEC_03);
      assertThat(store.repos(NOVEMBER)).singleElement().extracting(Repo::watchers).isEqualTo(3);

      // A search result has no subscribers_count: unknown, not "nobody watches it".
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 4300, DEC_05))), Map.of(), DEC_05);
    }
    try (Store store = Store.open(workspace)) {
      Repo read = store.repos(NOVEMBER).get(0);
      assertThat(read.stars()).isEqualTo(4300);
      assertThat(read.watchers()).isEqualTo(3);
    }
  }

  @Test
  void watchersAskedLaterAreRecordedForStoredRepositoriesOnly() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 4200, DEC_03))), Map.of(), DEC_03);
      assertThat(store.repos(NOVEMBER).get(0).watchers()).isNull();

      store.saveWatchers(Map.of(1L, 5, 99L, 7));

      assertThat(store.repos(NOVEMBER)).singleElement().extracting(Repo::watchers).isEqualTo(5);
    }
  }

  @Test
  void theMonthsStargazersAreSavedWithTheFetchAndAReCountReplacesThem() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 4200, DEC_03))),
          Map.of(),
          Map.of(),
          Map.of(1L, new MonthStargazers(3900, 3700)),
          DEC_03);
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 4200, DEC_05))),
          Map.of(),
          Map.of(),
          Map.of(1L, new MonthStargazers(3950, 3720)),
          DEC_05);
    }
    try (Store store = Store.open(workspace)) {
      assertThat(store.stargazers(NOVEMBER))
          .containsExactlyEntriesOf(Map.of(1L, new MonthStargazers(3950, 3720)));
      assertThat(store.stargazers(CalendarMonth.of(2018, 12))).isEmpty();
    }
  }

  @Test
  void aShortlistEntryKeepsItsFlagWithWhatItRestsOn() {
    String flag = "star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days";
    Repo one = repo(1, "a/one", 4200, DEC_03);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(), DEC_03);
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(
                  new RankedRepo(1, 0.9, one, "nlp", true, null, List.of(flag), StarGain.UNKNOWN)),
              List.of(),
              DEC_05));
    }
    try (Store store = Store.open(workspace)) {
      RankedRepo entry = store.shortlist(NOVEMBER).orElseThrow().repos().get(0);
      assertThat(entry.flags()).containsExactly(flag);
      assertThat(entry.flagCodes()).containsExactly("star-burst");
    }
  }

  @Test
  void v10AddsUnknownWatchersToStoredRepositoriesAndRefusesImpossibleCounts() throws Exception {
    List<Migration> bundled = Migrations.bundled().all();
    Clock clock = Clock.fixed(DEC_03, ZoneOffset.UTC);
    Store.open(workspace, new Migrations(bundled.subList(0, 9)), clock).close();
    Path file = workspace.resolve(Store.DATABASE_FILE);
    RawDatabase.execute(
        file,
        "INSERT INTO repo (id, full_name, owner, name, html_url, stars, forks, open_issues,"
            + " created_at, fork, archived, fetched_at, first_seen_at) VALUES"
            + " (157418578, 'openai/spinningup', 'openai', 'spinningup',"
            + " 'https://github.com/openai/spinningup', 9806, 2181, 153,"
            + " '2018-11-07T17:58:29.000000000Z', 0, 0, '2026-11-28T10:00:00.000000000Z',"
            + " '2026-11-28T10:00:00.000000000Z')");

    try (Store store = Store.open(workspace, Migrations.bundled(), clock)) {
      assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(10);
    }

    assertThat(RawDatabase.query(file, "SELECT id, watchers FROM repo"))
        .containsExactly(java.util.Arrays.asList(157418578, null));
    assertThatThrownBy(
            () ->
                RawDatabase.execute(
                    file,
                    "INSERT INTO repo_month_stargazers VALUES ('2018-11', 157418578, 10, 11,"
                        + " '2026-11-28T10:00:00.000000000Z')"))
        .hasMessageContaining("CHECK");
    assertThatThrownBy(() -> RawDatabase.execute(file, "UPDATE repo SET watchers = -1"))
        .hasMessageContaining("CHECK");
    assertThat(RawDatabase.query(file, "PRAGMA foreign_key_check")).isEmpty();
  }
}
