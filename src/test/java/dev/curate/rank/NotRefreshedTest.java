package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.ThreadFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotRefreshedTest {
  static final Instant ARCHIVED = Instant.parse("2018-11-07T22:39:11Z");
  static final Instant ASKED = Instant.parse("2026-11-28T10:00:00Z");

  private final NotRefreshed notRefreshed = new NotRefreshed();

  static ThreadFigures unserved(String id) {
    return new ThreadFigures(id, 2310, 3412, ARCHIVED, null, null, null, ASKED);
  }

  static ThreadFigures notAsked(String id) {
    return new ThreadFigures(id, 40, 12, ARCHIVED, null, null, null, null);
  }

  static ThreadFigures refreshed(String id) {
    return new ThreadFigures(id, 40, 12, ARCHIVED, 455, 104, ASKED, null);
  }

  @Test
  void aThreadRedditNoLongerServesSaysSoWithItsArchivedFigures() {
    assertThat(notRefreshed.describe(unserved("9v1x7k")))
        .contains(
            "not-refreshed: Reddit no longer serves it"
                + " (asked 2026-11-28); 3,412 comments and 2,310 upvotes as archived 2018-11-07");
  }

  @Test
  void aThreadRedditWasNotAskedAboutIsNotRefreshedEither() {
    assertThat(notRefreshed.describe(notAsked("9tzb2h")))
        .contains(
            "not-refreshed: Reddit gave no current figures"
                + " (not asked, or not reachable); 12 comments and 40 upvotes as archived 2018-11-07");
  }

  @Test
  void refreshedFiguresAndThreadsReadFromRedditItselfAreNotFlagged() {
    assertThat(notRefreshed.describe(refreshed("9w3q0e"))).isEmpty();
    assertThat(notRefreshed.describe(null)).isEmpty();
  }

  @Test
  void theRankerPutsTheFlagWithItsDetailOnTheEntryAndTheExplanation() {
    RankRequest request =
        RankRequest.of(
                CalendarMonth.of(2018, 11),
                List.of(),
                List.of(
                    Candidates.thread("9v1x7k", 3412, 2310),
                    Candidates.thread("9w3q0e", 104, 455),
                    Candidates.thread("9x8r4m", 97, 1262)),
                0,
                5,
                Instant.parse("2018-12-01T00:00:00Z"))
            .withThreadFigures(Map.of("9v1x7k", unserved("9v1x7k"), "9w3q0e", refreshed("9w3q0e")));

    Ranking ranking = new Ranker(ScoringTest.DEFAULTS).rank(request);

    assertThat(ranking.threads())
        .extracting(t -> t.thread().id() + " " + t.flagCodes())
        .containsExactly("9v1x7k [not-refreshed]", "9x8r4m []", "9w3q0e []");
    assertThat(ranking.threads().get(0).flags())
        .singleElement()
        .asString()
        .startsWith("not-refreshed: Reddit no longer serves it");
    assertThat(ranking.threadExplanations())
        .filteredOn(e -> e.id().equals("9v1x7k"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.flags())
                    .singleElement()
                    .asString()
                    .startsWith("not-refreshed: Reddit no longer"));
    assertThat(new ExplanationFormatter().format(ranking))
        .contains("flagged not-refreshed: Reddit no longer serves it");
  }
}
