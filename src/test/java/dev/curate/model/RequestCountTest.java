package dev.curate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCountTest {
  @Test
  void extraIsWhatEachKindSentBeyondItsFloorRetriesApart() {
    RequestCount count =
        new RequestCount(
            Map.of("SEARCH", 12, "STAR_HISTORY", 9, "README", 4),
            Map.of("SEARCH", 12, "STAR_HISTORY", 6, "README", 5),
            3);

    assertThat(count.floorTotal()).isEqualTo(23);
    assertThat(count.extra()).containsExactly(Map.entry("STAR_HISTORY", 3));
  }

  @Test
  void countsAddUpKindByKind() {
    RequestCount search = new RequestCount(Map.of("SEARCH", 3), Map.of("SEARCH", 2), 1);
    RequestCount lookups =
        new RequestCount(Map.of("LOOKUP", 5, "SEARCH", 1), Map.of("LOOKUP", 4), 2);

    RequestCount both = search.plus(lookups);

    assertThat(both.sent()).containsOnly(Map.entry("SEARCH", 4), Map.entry("LOOKUP", 5));
    assertThat(both.floor()).containsOnly(Map.entry("SEARCH", 2), Map.entry("LOOKUP", 4));
    assertThat(both.retries()).isEqualTo(3);
    assertThat(both.extra()).containsOnly(Map.entry("SEARCH", 2), Map.entry("LOOKUP", 1));
  }

  @Test
  void allNeededPutsEveryRequestButTheRetriesOnTheFloor() {
    RequestCount events = RequestCount.allNeeded("EVENTS_MONTH", 5, 2);

    assertThat(events.floorTotal()).isEqualTo(3);
    assertThat(events.retries()).isEqualTo(2);
    assertThat(events.extra()).isEmpty();
  }

  @Test
  void aFloorCanBeSetFromWhatWasSent() {
    RequestCount count = new RequestCount(Map.of("TOKEN", 2), Map.of(), 0);

    assertThat(count.withFloor("TOKEN", 1).extra()).containsExactly(Map.entry("TOKEN", 1));
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> new RequestCount(Map.of("SEARCH", -1), Map.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestCount(Map.of(), Map.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
