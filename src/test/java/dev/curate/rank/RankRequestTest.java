package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankRequestTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant AT = Instant.parse("2018-12-02T09:30:00Z");

  @Test
  void startsWithDiversityOnAndNothingElse() {
    RankRequest r = RankRequest.of(NOVEMBER, List.of(), List.of(), 5, 5, AT);
    assertThat(r.diversity()).isTrue();
    assertThat(r.allowRepeats()).isFalse();
    assertThat(r.overrides()).isEqualTo(EditorOverrides.NONE);
    assertThat(r.featured()).isEmpty();
    assertThat(r.readmes()).isEmpty();
  }

  @Test
  void onlyFeaturesOfEarlierMonthsCountAndTheEarliestWins() {
    RankRequest r =
        RankRequest.of(NOVEMBER, List.of(), List.of(), 5, 5, AT)
            .withFeatured(
                Map.of(
                    "OpenAI/SpinningUp", CalendarMonth.of(2018, 12),
                    "openai/spinningup", CalendarMonth.of(2018, 9),
                    "t3_9ysmtn", CalendarMonth.of(2018, 10),
                    "same/month", NOVEMBER,
                    "later/month", CalendarMonth.of(2019, 1)));
    assertThat(r.featuredBefore("openai/SPINNINGUP")).contains(CalendarMonth.of(2018, 9));
    assertThat(r.featuredBefore("9ysmtn")).contains(CalendarMonth.of(2018, 10));
    assertThat(r.featuredBefore("same/month")).isEmpty();
    assertThat(r.featuredBefore("later/month")).isEmpty();
    assertThat(r.featuredBefore("never/featured")).isEmpty();
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> RankRequest.of(NOVEMBER, List.of(), List.of(), 5, -1, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threadCount must be zero or more, got -1");
  }

  @Test
  void overridesCompareIdsIgnoringCaseAndTheThreadPrefix() {
    EditorOverrides o =
        new EditorOverrides(
            Set.of("Hanxiao/BERT-as-service", "T3_9YSMTN"),
            Set.of("x/y"),
            Map.of(" NVIDIA/waveglow ", "Speech synthesis, fast"));
    assertThat(o.picked("hanxiao/bert-as-service")).isTrue();
    assertThat(o.picked("9ysmtn")).isTrue();
    assertThat(o.dropped("X/Y")).isTrue();
    assertThat(o.note("nvidia/WaveGlow")).contains("Speech synthesis, fast");
    assertThat(o.note("x/y")).isEmpty();
    assertThat(CandidateId.key("t3_owner/name")).isEqualTo("t3_owner/name");
  }

  @Test
  void anIdCannotBePickedAndDroppedAtOnce() {
    assertThatThrownBy(() -> new EditorOverrides(Set.of("a/b"), Set.of("A/B"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("picked and dropped at once: a/b");
  }
}
