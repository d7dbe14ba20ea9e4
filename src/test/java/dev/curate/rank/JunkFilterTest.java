package dev.curate.rank;

import static dev.curate.rank.Candidates.repo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.JunkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class JunkFilterTest {
  private final JunkFilter filter =
      new JunkFilter(new JunkSettings(true, List.of("homework", "hello world")));

  @Test
  void aRepositoryWithNeitherDescriptionNorReadmeIsJunk() {
    assertThat(filter.reasons(repo("x/y", 10, null, List.of()), null))
        .containsExactly(new PassOver.Excluded(ExclusionReason.NO_DESCRIPTION_OR_README));
    assertThat(filter.reasons(repo("x/y", 10, "  ", List.of()), ""))
        .containsExactly(new PassOver.Excluded(ExclusionReason.NO_DESCRIPTION_OR_README));
  }

  @Test
  void eitherADescriptionOrAReadmeIsEnough() {
    assertThat(
            filter.reasons(repo("x/y", 10, null, List.of()), "# WaveGlow\nA flow-based network."))
        .isEmpty();
    assertThat(filter.reasons(repo("x/y", 10, "A flow-based network", List.of()), null)).isEmpty();
  }

  @Test
  void theDescriptionRuleCanBeTurnedOff() {
    JunkFilter lenient = new JunkFilter(new JunkSettings(false, List.of()));
    assertThat(lenient.reasons(repo("x/y", 10, null, List.of()), null)).isEmpty();
  }

  @Test
  void blocklistedWordsInTheNameOrDescriptionIgnoringCase() {
    assertThat(filter.reasons(repo("x/ML-HomeWork-3", 10, "Solutions", List.of()), null))
        .containsExactly(new PassOver.Excluded(ExclusionReason.BLOCKLISTED, "homework"));
    assertThat(
            filter.reasons(repo("x/first", 10, "My HELLO, World of TensorFlow", List.of()), null))
        .containsExactly(new PassOver.Excluded(ExclusionReason.BLOCKLISTED, "hello world"));
  }

  @Test
  void blocklistEntriesMatchWholeWordsOnly() {
    assertThat(filter.reasons(repo("x/homeworkflow", 10, "Othello worlds apart", List.of()), null))
        .isEmpty();
  }

  @Test
  void everyJunkReasonIsReported() {
    assertThat(filter.reasons(repo("x/homework", 10, null, List.of()), null))
        .extracting(PassOver.Excluded::reason)
        .containsExactly(ExclusionReason.NO_DESCRIPTION_OR_README, ExclusionReason.BLOCKLISTED);
  }

  @Test
  void theOwnerIsNotMatched() {
    assertThat(filter.reasons(repo("homework/real-project", 10, "A real project", List.of()), null))
        .isEmpty();
  }
}
