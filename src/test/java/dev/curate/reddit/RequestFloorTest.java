package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.RequestCount;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFloorTest {
  @Test
  void aListingPagePerHundredPostsAtLeastOne() {
    RequestFloor floor = new RequestFloor();
    floor.listing(250);
    assertThat(floor.byKind()).containsOnly(Map.entry("LISTING", 3));

    RequestFloor empty = new RequestFloor();
    empty.listing(0);
    assertThat(empty.byKind()).containsOnly(Map.entry("LISTING", 1));
  }

  @Test
  void theArchivesFirstPageThenAPagePerHundredPostsMore() {
    RequestFloor floor = new RequestFloor();
    floor.archive(250);
    assertThat(floor.byKind())
        .containsOnly(Map.entry("ARCHIVE_POSTS", 1), Map.entry("ARCHIVE_MORE_POSTS", 2));

    RequestFloor few = new RequestFloor();
    few.archive(8);
    assertThat(few.byKind())
        .containsOnly(Map.entry("ARCHIVE_POSTS", 1), Map.entry("ARCHIVE_MORE_POSTS", 0));
  }

  @Test
  void aFullArchivePageIsAlwaysFollowedByOneMoreAndLaterPagesRepeatAPost() {
    // 100 posts: a full first page, then the page that shows the month ends (it holds the last
    // post again). 199: 100, then 1 + 99 (full again), then 1 + 1.
    assertThat(archivePages(99)).isEqualTo(1);
    assertThat(archivePages(100)).isEqualTo(2);
    assertThat(archivePages(198)).isEqualTo(2);
    assertThat(archivePages(199)).isEqualTo(3);
    assertThat(archivePages(10_000)).isEqualTo(102);
  }

  private static int archivePages(int posts) {
    RequestFloor floor = new RequestFloor();
    floor.archive(posts);
    return floor.byKind().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void everyCountAndRefreshSentIsNeededButOnlyOneToken() {
    RequestCount sent =
        new RequestCount(Map.of("TOKEN", 2, "ARCHIVE_COUNT", 1, "REFRESH", 3), Map.of(), 1);

    RequestCount count = new RequestFloor().sentNeeded(sent);

    assertThat(count.floorTotal()).isEqualTo(5);
    assertThat(count.extra()).containsOnly(Map.entry("TOKEN", 1));
    assertThat(count.retries()).isEqualTo(1);
  }
}
