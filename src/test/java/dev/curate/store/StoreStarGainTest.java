package dev.curate.store;

import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.repo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Star snapshots and stars gained: saved with the fetch and read back, a better method's figure
 * kept. The fallback that computes a gain from snapshots is the workflow's (StarGainFallbackTest).
 */
class StoreStarGainTest {
  private static final Instant OCT_31 = Instant.parse("2018-10-31T20:00:00Z");
  private static final Instant NOV_15 = Instant.parse("2018-11-15T08:00:00Z");
  private static final Instant DEC_03 = Instant.parse("2018-12-03T08:00:00Z");

  @TempDir Path workspace;

  private static List<Integer> days(int first, int count) {
    List<Integer> d = new ArrayList<>(Collections.nCopies(30, 0));
    d.set(first - 1, count);
    return d;
  }

  @Test
  void measuredGainsComeBackWithMethodDaysAndTime() {
    Repo one = repo(1, "a/one", 500, DEC_03);
    StarGain gain = StarGain.measured(120, StarGainMethod.HISTORY, days(3, 120), DEC_03);
    try (Store store = Store.open(workspace)) {
      Map<Long, StarGain> saved =
          store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(1L, gain), DEC_03);
      assertThat(saved).containsEntry(1L, gain);
    }
    try (Store store = Store.open(workspace)) {
      assertThat(store.starGains(NOVEMBER)).containsExactlyEntriesOf(Map.of(1L, gain));
      assertThat(store.starGains(CalendarMonth.of(2018, 12))).isEmpty();
    }
  }

  @Test
  void eachGitHubSaveKeepsASnapshotOfEveryRepositoryAtItsFetchTime() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 130, NOV_15))), Map.of(), DEC_03);
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 100, OCT_31), repo(2, "a/two", -3, null))),
          Map.of(),
          DEC_03);

      // Oldest first; a repository without its own fetch time is taken at the save's; never below
      // zero.
      assertThat(store.starSnapshots(List.of(1L, 2L, 3L)))
          .isEqualTo(
              Map.of(
                  1L, List.of(new StarSnapshot(OCT_31, 100), new StarSnapshot(NOV_15, 130)),
                  2L, List.of(new StarSnapshot(DEC_03, 0)),
                  3L, List.of()));
    }
  }

  @Test
  void aFigureFromABetterMethodIsNotReplacedBySnapshots() {
    StarGain history = StarGain.measured(60, StarGainMethod.HISTORY, days(20, 60), NOV_15);
    StarGain snapshots = StarGain.measured(75, StarGainMethod.SNAPSHOTS, List.of(), DEC_03);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 100, OCT_31))), Map.of(), OCT_31);
      store.saveRepos(
          NOVEMBER, github(List.of(repo(1, "a/one", 130, NOV_15))), Map.of(1L, history), NOV_15);
      Map<Long, StarGain> saved =
          store.saveRepos(
              NOVEMBER,
              github(List.of(repo(1, "a/one", 175, DEC_03))),
              Map.of(1L, snapshots),
              DEC_03);
      assertThat(saved.get(1L)).isEqualTo(history);
      StarGain newer = StarGain.measured(70, StarGainMethod.HISTORY, days(20, 70), DEC_03);
      store.saveRepos(
          NOVEMBER, github(List.of(repo(1, "a/one", 175, DEC_03))), Map.of(1L, newer), DEC_03);
      assertThat(store.starGains(NOVEMBER).get(1L)).isEqualTo(newer);
    }
  }

  @Test
  void anEventsFigureIsKeptAsEventsAndGivesWayToTheHistoryButNotToSnapshots() {
    StarGain events = StarGain.measured(90, StarGainMethod.EVENTS, List.of(), NOV_15);
    StarGain snapshots = StarGain.measured(75, StarGainMethod.SNAPSHOTS, List.of(), DEC_03);
    StarGain history = StarGain.measured(60, StarGainMethod.HISTORY, days(20, 60), DEC_03);
    Repo one = repo(1, "a/one", 175, DEC_03);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(1L, events), NOV_15);
      assertThat(store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(1L, snapshots), DEC_03))
          .containsEntry(1L, events);
      assertThat(store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(1L, history), DEC_03))
          .containsEntry(1L, history);
      assertThat(store.saveRepos(NOVEMBER, github(List.of(one)), Map.of(1L, events), DEC_03))
          .containsEntry(1L, history);
    }
  }

  @Test
  void theMonthsStarEventsComeBackWithTheThreeMonthsBeforeUnknownWhereNotCounted() {
    MonthlyStars counted = new MonthlyStars(2000, 50, 40, 60);
    MonthlyStars monthOnly = MonthlyStars.monthOnly(300);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          github(List.of(repo(1, "a/one", 5000, DEC_03), repo(2, "a/two", 900, DEC_03))),
          Map.of(),
          Map.of(1L, counted, 2L, monthOnly),
          DEC_03);
    }
    try (Store store = Store.open(workspace)) {
      assertThat(store.monthlyStars(NOVEMBER))
          .containsExactlyInAnyOrderEntriesOf(Map.of(1L, counted, 2L, monthOnly));
      assertThat(store.monthlyStars(CalendarMonth.of(2018, 12))).isEmpty();
    }
  }

  @Test
  void aCountOfTheMonthAloneKeepsThePreviousMonthsAnEarlierCountFound() {
    // A month read again from its own hour files only (fetch --gharchive without the three months
    // before) must not lose the breakout the first count made known.
    Repo one = repo(1, "a/one", 5000, DEC_03);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          github(List.of(one)),
          Map.of(),
          Map.of(1L, new MonthlyStars(2000, 50, 40, 60)),
          NOV_15);
      store.saveRepos(
          NOVEMBER,
          github(List.of(one)),
          Map.of(),
          Map.of(1L, MonthlyStars.monthOnly(2100)),
          DEC_03);
      assertThat(store.monthlyStars(NOVEMBER))
          .containsEntry(1L, new MonthlyStars(2100, 50, 40, 60));
    }
  }

  @Test
  void theShortlistCarriesEachRepositorysGain() {
    Repo one = repo(1, "a/one", 500, DEC_03);
    Repo two = repo(2, "a/two", 300, DEC_03);
    StarGain gain = StarGain.measured(42, StarGainMethod.STARGAZERS, days(2, 42), DEC_03);
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(one, two)), Map.of(1L, gain), DEC_03);
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(new RankedRepo(1, 0.9, one), new RankedRepo(2, 0.5, two)),
              List.of(),
              DEC_03));
      List<RankedRepo> repos = store.shortlist(NOVEMBER).orElseThrow().repos();
      assertThat(repos.get(0).starGain()).isEqualTo(gain);
      assertThat(repos.get(1).starGain()).isEqualTo(StarGain.UNKNOWN);
    }
  }
}
