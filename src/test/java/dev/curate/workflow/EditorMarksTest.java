package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the draft's EDITOR comment says of a flagged repository. */
class EditorMarksTest {
  private static final Repo REPO = RepoBuilder.repo("starseller/llm-toolkit").build();

  private static List<String> marks(String flag) {
    Shortlist shortlist =
        new Shortlist(
            CalendarMonth.of(2018, 11),
            List.of(
                new RankedRepo(1, 0.9, REPO, "nlp", true, null, List.of(flag), StarGain.UNKNOWN)),
            List.of(),
            Instant.parse("2018-12-03T08:00:00Z"));
    return EditorMarks.flags(shortlist).get(REPO.fullName());
  }

  @Test
  void aStarBurstSaysWhatItRestsOnAndWhatToCheck() {
    assertThat(
            marks(
                "star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days; then a"
                    + " cliff: 70 stars in the 7 days after, 3% of its busiest day's 2,100"))
        .containsExactly(
            "star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days; then a cliff:"
                + " 70 stars in the 7 days after, 3% of its busiest day's 2,100; the stars may be"
                + " bought: check them before featuring it");
  }

  @Test
  void aFlagSavedWithoutItsDetailsSaysWhatTheFlagMeans() {
    assertThat(marks("star-burst"))
        .singleElement()
        .asString()
        .startsWith("star-burst: most of the month's stars came on one or two days");
  }
}
