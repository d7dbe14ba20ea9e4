package dev.curate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.plan.Budget.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** A plan's floor and most, in all and per rate limit, repeats included. */
class SourcePlanTest {
  private static PlannedRequest request(String path, Purpose.Kind kind) {
    return PlannedRequest.get(HttpUrl.get("https://api.example.com/" + path), Purpose.of(kind));
  }

  private static final PlannedRequest SEARCH =
      request("search", Purpose.Kind.SEARCH).times(1, 3).countedIn(Bucket.GITHUB_SEARCH);
  private static final PlannedRepeat STARS =
      new PlannedRepeat(
          Purpose.of(Purpose.Kind.STAR_GAINS),
          0,
          40,
          List.of(
              request("history", Purpose.Kind.STAR_HISTORY)
                  .times(1, 17)
                  .countedIn(Bucket.GITHUB_CORE),
              request("stargazers", Purpose.Kind.STARGAZERS)
                  .times(0, 24)
                  .countedIn(Bucket.GITHUB_CORE)));
  private static final PlannedRequest README =
      request("readme", Purpose.Kind.README).times(0, 30).countedIn(Bucket.GITHUB_CORE);

  @Test
  void theFloorIsEveryStepAtItsLeastAndTheMostEveryStepAtItsMost() {
    SourcePlan plan = new SourcePlan("github", List.of(SEARCH, SEARCH, STARS, README), List.of());

    assertThat(plan.floor()).isEqualTo(2);
    assertThat(plan.most()).hasValue(3 + 3 + 40 * (17 + 24) + 30);
    assertThat(plan.floor(Bucket.GITHUB_SEARCH)).isEqualTo(2);
    assertThat(plan.most(Bucket.GITHUB_SEARCH)).hasValue(6);
    assertThat(plan.most(Bucket.GITHUB_CORE)).hasValue(40 * 41 + 30);
    assertThat(plan.most(Bucket.REDDIT_API)).hasValue(0);
  }

  @Test
  void aStepOnlyTheMonthsDataBoundsLeavesThePlanWithoutAMost() {
    PlannedRequest pages = request("posts", Purpose.Kind.ARCHIVE_MORE_POSTS).atLeast(0);
    SourcePlan plan =
        new SourcePlan(
            "reddit", List.of(request("posts", Purpose.Kind.ARCHIVE_POSTS), pages), List.of());

    assertThat(plan.floor()).isEqualTo(1);
    assertThat(plan.most()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void aRepeatsFloorIsItsFewestItemsTimesWhatEachNeeds() {
    PlannedRepeat atLeastTwo = new PlannedRepeat(STARS.over(), 2, 5, STARS.each());
    assertThat(atLeastTwo.leastRequests()).isEqualTo(2);
    assertThat(atLeastTwo.mostRequests()).hasValue(5 * 41);
  }

  @Test
  void aBudgetSpreadsItsRequestsEvenly() {
    Budget search = new Budget(Bucket.GITHUB_SEARCH, 30, Duration.ofMinutes(1), true, true);
    assertThat(search.spacing()).isEqualTo(Duration.ofSeconds(2));
    assertThat(search.leastTime(1)).isZero();
    assertThat(search.leastTime(31)).isEqualTo(Duration.ofMinutes(1));
  }
}
