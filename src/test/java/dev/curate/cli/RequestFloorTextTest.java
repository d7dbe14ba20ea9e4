package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.plan.Purpose;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFloorTextTest {
  private static SourceReport github(int requests, RequestCount count) {
    return new SourceReport(
        SourceId.GITHUB,
        requests,
        20,
        10,
        List.of(),
        HttpActivity.NONE,
        true,
        ReadMethod.SEARCH,
        null,
        null,
        count);
  }

  @Test
  void extraRequestsAreRetriesThenEachKindInThePlansOrder() {
    RequestCount count =
        new RequestCount(
            Map.of("SEARCH", 12, "STAR_HISTORY", 81, "OTHER", 1),
            Map.of("SEARCH", 12, "STAR_HISTORY", 76),
            3);

    assertThat(RequestFloorText.of(github(97, count)))
        .isEqualTo(" (floor 88: 9 extra: 3 retries, 5 star history pages, 1 other request)");
  }

  @Test
  void aSourceAtItsFloorSaysSoBriefly() {
    RequestCount count = new RequestCount(Map.of("LISTING", 3), Map.of("LISTING", 3), 0);

    assertThat(RequestFloorText.of(github(3, count))).isEqualTo(" (at its floor)");
  }

  @Test
  void oneRetryIsOneRetry() {
    RequestCount count = new RequestCount(Map.of("LISTING", 3), Map.of("LISTING", 3), 1);

    assertThat(RequestFloorText.of(github(4, count))).isEqualTo(" (floor 3: 1 extra: 1 retry)");
  }

  @Test
  void aKindTheCacheServedBelowItsFloorIsSaidApartFromTheExtra() {
    // 8 of the 10 search pages sent (2 were fresh in the HTTP cache), 3 retries: 11 requests.
    RequestCount count = new RequestCount(Map.of("SEARCH", 8), Map.of("SEARCH", 10), 3);

    assertThat(RequestFloorText.of(github(11, count)))
        .isEqualTo(" (floor 10: 3 extra: 3 retries; 2 under it)");
    assertThat(
            RequestFloorText.of(
                github(8, new RequestCount(Map.of("SEARCH", 8), Map.of("SEARCH", 10), 0))))
        .isEqualTo(" (floor 10, 2 under it)");
  }

  @Test
  void noRequestsOrNoCountSaysNothing() {
    assertThat(RequestFloorText.of(github(0, RequestCount.NONE))).isEmpty();
    assertThat(RequestFloorText.of(github(5, null))).isEmpty();
  }

  @Test
  void everyKindOfThePlanIsWorded() {
    for (Purpose.Kind kind : Purpose.Kind.values()) {
      assertThat(RequestFloorText.words(kind.name(), 2)).doesNotContain("other");
    }
  }
}
