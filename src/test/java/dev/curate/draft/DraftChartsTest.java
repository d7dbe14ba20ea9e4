package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which entries of a draft get a star chart, how the chart is named and linked, and what it says.
 * The days are a {@link StarGain}'s {@code daily}, as the store keeps what GitHub's star history
 * gave (see {@code cli.StarChartsEndToEndTest} for the whole way from the API's answer).
 */
class DraftChartsTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant MEASURED = Instant.parse("2018-12-01T06:00:00Z");
  private final DraftRenderer renderer = new DraftRenderer();

  private static List<Integer> november(int... firstDays) {
    List<Integer> days = new ArrayList<>(Collections.nCopies(30, 0));
    for (int i = 0; i < firstDays.length; i++) {
      days.set(i, firstDays[i]);
    }
    return days;
  }

  private static RankedRepo ranked(int rank, String fullName, StarGain gain) {
    return new RankedRepo(
        rank, 1.0 / rank, RepoBuilder.repo(fullName).build(), null, false, null, List.of(), gain);
  }

  private static StarGain history(List<Integer> days) {
    return StarGain.measured(
        days.stream().mapToInt(Integer::intValue).sum(), StarGainMethod.HISTORY, days, MEASURED);
  }

  private static DraftInput input(RankedRepo... repos) {
    return DraftInput.of(new Shortlist(NOVEMBER, List.of(repos), List.of(), MEASURED));
  }

  @Test
  void aRepositoryMeasuredDayByDayGetsAChartLinkedUnderItsFacts() {
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(ranked(1, "NVIDIA/waveglow", history(november(20, 0, 45))))
                .withChartFolder("2018-11"));

    assertThat(draft.charts())
        .extracting(DraftChart::fileName)
        .containsExactly("NVIDIA-waveglow.svg");
    assertThat(draft.markdown())
        .contains(
            "· created 2018-11-15\n\n"
                + "![Stars per day of NVIDIA/waveglow in November 2018](2018-11/NVIDIA-waveglow.svg)\n\n"
                + "[repository](https://github.com/NVIDIA/waveglow)");
    assertThat(draft.charts().get(0).svg())
        .contains(
            ">NVIDIA/waveglow: stars per day, November 2018</title>",
            "<desc id=\"star-chart-NVIDIA_waveglow-desc\">+65 stars in November 2018; the most on"
                + " day 3: 45. Stars per day from the 1st: 20, 0, 45, 0,",
            ">stars per day</text>",
            ">running total</text>");
  }

  @Test
  void theStargazerListGivesDaysTooButSnapshotsAndUnknownGainsGiveNoChartAndNoImage() {
    StarGain stargazers = StarGain.measured(3, StarGainMethod.STARGAZERS, november(1, 2), MEASURED);
    StarGain snapshots = StarGain.measured(40, StarGainMethod.SNAPSHOTS, List.of(), MEASURED);

    RenderedDraft draft =
        renderer.renderWithCharts(
            input(
                    ranked(1, "a/stargazed", stargazers),
                    ranked(2, "b/snapshotted", snapshots),
                    ranked(3, "c/unknown", StarGain.UNKNOWN))
                .withChartFolder("2018-11"));

    assertThat(draft.charts()).extracting(DraftChart::fileName).containsExactly("a-stargazed.svg");
    assertThat(draft.markdown().lines().filter(l -> l.contains(".svg)")))
        .containsExactly(
            "![Stars per day of a/stargazed in November 2018](2018-11/a-stargazed.svg)");
  }

  @Test
  void daysOfAnotherLengthThanTheMonthAreNoHistoryOfItAndGetNoChart() {
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(ranked(1, "a/b", history(Collections.nCopies(31, 1))))
                .withChartFolder("2018-11"));

    assertThat(draft.charts()).isEmpty();
    assertThat(draft.markdown()).doesNotContain(".svg");
  }

  @Test
  void aDraftWithoutAChartFolderNeitherLinksNorMakesCharts() {
    DraftInput printed = input(ranked(1, "NVIDIA/waveglow", history(november(20))));

    RenderedDraft draft = renderer.renderWithCharts(printed);

    assertThat(draft.charts()).isEmpty();
    assertThat(draft.markdown())
        .doesNotContain("Stars per day")
        .isEqualTo(renderer.render(printed));
  }

  @Test
  void namesThatWouldMeetOnAFileSystemAreKeptApart() {
    // Two repositories, one file name: owner-name joins a/b-c and a-b/c alike, and a
    // case-insensitive file system takes A-B-C for a-b-c.
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(
                    ranked(1, "a-b/c", history(november(1))),
                    ranked(2, "A/B-C", history(november(2))))
                .withChartFolder("2018-11"));

    assertThat(draft.charts())
        .extracting(DraftChart::fileName)
        .containsExactlyInAnyOrder("a-b-c.svg", "A-B-C-2.svg");
    assertThat(draft.markdown()).contains("(2018-11/a-b-c.svg)", "(2018-11/A-B-C-2.svg)");
  }

  @Test
  void aFolderNameThatIsNoPlainPathIsPercentEncodedInTheLink() {
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(ranked(1, "a/b", history(november(1)))).withChartFolder("issue (draft) 2"));

    assertThat(draft.markdown()).contains("](issue%20%28draft%29%202/a-b.svg)");
  }

  @Test
  void theChineseDraftSaysItsChartsInChinese() {
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(ranked(1, "NVIDIA/waveglow", history(november(20))))
                .withLanguage(Language.ZH)
                .withChartFolder("2018-11"));

    assertThat(draft.markdown())
        .contains("![NVIDIA/waveglow 2018 年 11 月每日新增星标](2018-11/NVIDIA-waveglow.svg)");
    assertThat(draft.charts().get(0).svg())
        .contains(">NVIDIA/waveglow：2018 年 11 月每日新增星标</title>", ">累计</text>");
  }

  @Test
  void aMonthWithoutStarsSaysSoInsteadOfNamingABestDay() {
    RenderedDraft draft =
        renderer.renderWithCharts(
            input(ranked(1, "a/b", history(november()))).withChartFolder("2018-11"));

    assertThat(draft.charts().get(0).svg())
        .contains("+0 stars in November 2018; no stars on any day.</desc>");
  }
}
