package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFloorTest {
  private static CreatedRangeSearch.Result read(List<Integer> partReads) {
    return new CreatedRangeSearch.Result(
        "topic:ml", List.of(), List.of(), 0, 0, partReads.size(), true, List.of(), partReads);
  }

  @Test
  void eachPartOfASplitMonthRoundsItsLastPageUpOnItsOwn() {
    SearchFloor floor = new SearchFloor(100);

    floor.add(read(List.of(150, 150, 0)));

    // 2 + 2 + 1: together the 300 repositories would fit on 3 pages, but a part's pages are its
    // own.
    assertThat(floor.byKind()).containsOnly(Map.entry("SEARCH_PARTS", 5));
  }

  @Test
  void aMonthReadWholeTakesAPagePerHundredAndAtLeastOne() {
    SearchFloor floor = new SearchFloor(100);

    floor.add(read(List.of(250)));
    floor.add(read(List.of(0)));

    assertThat(floor.byKind()).containsOnly(Map.entry("SEARCH", 4));
  }
}
