package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.model.StarGainSurvey;
import dev.curate.store.StarSnapshot;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stars gained from the workspace's own snapshots where GitHub's APIs gave no figure: through a
 * fetch into a real store, and the rule itself on in-memory snapshots.
 */
class StarGainFallbackTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant OCT_31 = Instant.parse("2018-10-31T20:00:00Z");
  private static final Instant NOV_15 = Instant.parse("2018-11-15T08:00:00Z");
  private static final Instant DEC_03 = Instant.parse("2018-12-03T08:00:00Z");
  private static final Instant DEC_20 = Instant.parse("2018-12-20T08:00:00Z");

  @TempDir Path workspace;

  /**
   * One fetch of November at {@code at}, which sees a/one with {@code stars}; GitHub measures
   * {@code measured}.
   */
  private static void fetch(Store store, int stars, Instant at, Map<Long, StarGain> measured) {
    Repo one =
        new Repo(
            1,
            "a/one",
            "a",
            "one",
            "https://github.com/a/one",
            "one",
            stars,
            3,
            0,
            "Python",
            List.of(),
            "MIT",
            null,
            Instant.parse("2018-10-05T00:00:00Z"),
            at,
            false,
            false,
            at);
    RepoFetcher github =
        month -> new SourceResult<>(List.of(one), SourceReports.github(1, 1, 1, List.of()));
    StarGainSource gains =
        (month, repos) -> new StarGainSurvey(measured, 0, 0, 0, 0, 0, List.of(), RequestCount.NONE);
    new FetchService(
            store,
            Clock.fixed(at, ZoneOffset.UTC),
            FetchSources.NONE.withGitHub(github).withStarGains(gains),
            line -> {},
            report -> {})
        .fetch(NOVEMBER);
  }

  @Test
  void snapshotsAroundTheMonthGiveTheGainWhenTheApiGaveNone() {
    try (Store store = Store.open(workspace)) {
      fetch(store, 100, OCT_31, Map.of());
      assertThat(store.starGains(NOVEMBER)).isEmpty(); // one snapshot: no difference yet
      fetch(store, 130, NOV_15, Map.of());
      fetch(store, 175, DEC_03, Map.of());

      StarGain gain = store.starGains(NOVEMBER).get(1L);
      // Last snapshot at or before 1 Nov (100) to the first at or after 1 Dec (175).
      assertThat(gain.stars()).isEqualTo(75);
      assertThat(gain.method()).isEqualTo(StarGainMethod.SNAPSHOTS);
      assertThat(gain.daily()).isEmpty();
      assertThat(gain.measuredAt()).isEqualTo(DEC_03);
    }
  }

  @Test
  void aMonthNotOverYetCountsUpToTheLatestSnapshot() {
    try (Store store = Store.open(workspace)) {
      fetch(store, 100, OCT_31, Map.of());
      fetch(store, 130, NOV_15, Map.of());
      assertThat(store.starGains(NOVEMBER).get(1L).stars()).isEqualTo(30);
    }
  }

  @Test
  void aFigureTheApiMeasuredIsTakenAsItIs() {
    StarGain history = StarGain.measured(60, StarGainMethod.HISTORY, List.of(), DEC_03);
    try (Store store = Store.open(workspace)) {
      fetch(store, 100, OCT_31, Map.of());
      fetch(store, 175, DEC_03, Map.of(1L, history));
      assertThat(store.starGains(NOVEMBER)).containsExactlyEntriesOf(Map.of(1L, history));
    }
  }

  @Test
  void withoutASnapshotAtOrBeforeTheMonthsStartTheGainIsUnknown() {
    assertThat(
            StarGainFallback.gain(
                NOVEMBER,
                List.of(new StarSnapshot(NOV_15, 130), new StarSnapshot(DEC_03, 175)),
                DEC_03))
        .isEmpty();
  }

  @Test
  void aFinishedMonthEndsAtTheFirstSnapshotAfterIt() {
    List<StarSnapshot> snapshots =
        List.of(
            new StarSnapshot(OCT_31, 100),
            new StarSnapshot(DEC_20, 200),
            new StarSnapshot(DEC_03, 175));
    assertThat(StarGainFallback.gain(NOVEMBER, snapshots, DEC_20)).isEqualTo(OptionalInt.of(75));
  }

  @Test
  void aFinishedMonthWithoutASnapshotAfterItHasNoGain() {
    assertThat(
            StarGainFallback.gain(
                NOVEMBER,
                List.of(new StarSnapshot(OCT_31, 100), new StarSnapshot(NOV_15, 130)),
                DEC_03))
        .isEmpty();
  }

  @Test
  void theHistoryBeatsTheEventsWhichBeatTheSnapshots() {
    Repo measured =
        RepoBuilder.repo("a/measured").id(1).stars(190).createdAt("2018-10-05T00:00:00Z").build();
    Repo counted =
        RepoBuilder.repo("a/counted").id(2).stars(190).createdAt("2018-10-05T00:00:00Z").build();
    Repo neither =
        RepoBuilder.repo("a/neither").id(3).stars(190).createdAt("2018-10-05T00:00:00Z").build();
    StarGain history = StarGain.measured(60, StarGainMethod.HISTORY, List.of(), DEC_03);
    Map<Long, List<StarSnapshot>> snapshots =
        Map.of(
            1L, List.of(new StarSnapshot(OCT_31, 100)),
            2L, List.of(new StarSnapshot(OCT_31, 100)),
            3L, List.of(new StarSnapshot(OCT_31, 100)));

    Map<Long, StarGain> gains =
        StarGainFallback.complete(
            NOVEMBER,
            List.of(measured, counted, neither),
            Map.of(1L, history),
            Map.of(1L, new MonthlyStars(70, 40, 50, 45), 2L, new MonthlyStars(80, 40, 50, 45)),
            snapshots,
            DEC_20);

    // a/measured: both figures exist; the history's is the gain (the 70 events stay with the
    // month's counts in the store). a/counted: the events'. a/neither: its snapshots'.
    assertThat(gains.get(1L)).isEqualTo(history);
    assertThat(gains.get(2L))
        .isEqualTo(StarGain.measured(80, StarGainMethod.EVENTS, List.of(), DEC_20));
    assertThat(gains.get(3L))
        .isEqualTo(StarGain.measured(90, StarGainMethod.SNAPSHOTS, List.of(), DEC_20));
  }

  @Test
  void theFetchsOwnSnapshotReplacesAnEarlierOneTakenAtTheSameInstant() {
    Repo one =
        new Repo(
            1,
            "a/one",
            "a",
            "one",
            "https://github.com/a/one",
            "one",
            190,
            3,
            0,
            "Python",
            List.of(),
            "MIT",
            null,
            Instant.parse("2018-10-05T00:00:00Z"),
            DEC_03,
            false,
            false,
            DEC_03);
    Map<Long, StarGain> gains =
        StarGainFallback.complete(
            NOVEMBER,
            List.of(one),
            Map.of(),
            Map.of(1L, List.of(new StarSnapshot(OCT_31, 100), new StarSnapshot(DEC_03, 175))),
            DEC_20);
    assertThat(gains.get(1L).stars()).isEqualTo(90);
  }
}
