package dev.curate.rank;

import static dev.curate.rank.Candidates.MID_NOVEMBER;
import static dev.curate.rank.Candidates.repo;
import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.rank.Candidates.Flags;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {
  private final Eligibility november = new Eligibility(CalendarMonth.of(2018, 11));

  @Test
  void acceptsAnOrdinaryRepoAndThreadFromTheMonth() {
    assertThat(november.reasonsToExclude(repo("a/b", 10, 1))).isEmpty();
    assertThat(november.reasonsToExclude(thread("abc", 10, 1))).isEmpty();
  }

  @Test
  void excludesForks() {
    assertThat(november.reasonsToExclude(repo("a/b", 10, 1, MID_NOVEMBER, true, false)))
        .containsExactly(ExclusionReason.FORK);
  }

  @Test
  void excludesArchivedRepos() {
    assertThat(november.reasonsToExclude(repo("a/b", 10, 1, MID_NOVEMBER, false, true)))
        .containsExactly(ExclusionReason.ARCHIVED);
  }

  @Test
  void reportsEveryReasonThatApplies() {
    Instant october = Instant.parse("2018-10-15T00:00:00Z");
    assertThat(november.reasonsToExclude(repo("a/b", 10, 1, october, true, true)))
        .containsExactly(
            ExclusionReason.FORK, ExclusionReason.ARCHIVED, ExclusionReason.CREATED_OUTSIDE_MONTH);
  }

  @ParameterizedTest
  @CsvSource({"STICKIED, STICKIED", "NSFW, NSFW", "REMOVED, REMOVED", "DELETED, DELETED"})
  void excludesThreadsByModerationState(Flags flags, ExclusionReason reason) {
    assertThat(november.reasonsToExclude(thread("abc", 10, 1, MID_NOVEMBER, flags)))
        .containsExactly(reason);
  }

  @ParameterizedTest
  @CsvSource({
    "2018-10-31T23:59:59Z, false",
    "2018-11-01T00:00:00Z, true",
    "2018-11-30T23:59:59Z, true",
    "2018-12-01T00:00:00Z, false"
  })
  void monthBoundariesAreTheFirstAndLastSecondInUtc(Instant createdAt, boolean eligible) {
    assertThat(november.isEligible(repo("a/b", 1, 1, createdAt, false, false))).isEqualTo(eligible);
    assertThat(november.isEligible(thread("abc", 1, 1, createdAt, Flags.NONE))).isEqualTo(eligible);
    if (!eligible) {
      assertThat(november.reasonsToExclude(repo("a/b", 1, 1, createdAt, false, false)))
          .containsExactly(ExclusionReason.CREATED_OUTSIDE_MONTH);
    }
  }

  @Test
  void excludesCandidatesWithoutACreationTime() {
    assertThat(november.reasonsToExclude(repo("a/b", 1, 1, null, false, false)))
        .containsExactly(ExclusionReason.CREATION_TIME_UNKNOWN);
  }

  @Test
  void everyReasonHasADescriptionForExplain() {
    for (ExclusionReason reason : ExclusionReason.values()) {
      assertThat(reason.description()).isNotBlank();
    }
  }
}
