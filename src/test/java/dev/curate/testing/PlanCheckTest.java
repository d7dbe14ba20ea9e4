package dev.curate.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.plan.PlannedRepeat;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.plan.SourcePlan;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The check that holds a fetch to its plan fails where the fetch strays from it. */
class PlanCheckTest {
  private static final String API = "https://api.example.com/";

  private static PlannedRequest get(String path, Purpose.Kind kind) {
    return PlannedRequest.get(HttpUrl.get(API + path), Purpose.of(kind));
  }

  private static final SourcePlan PLAN =
      new SourcePlan(
          "example",
          List.of(
              PlannedRequest.post(
                      HttpUrl.get(API + "token"), "grant", Purpose.of(Purpose.Kind.TOKEN))
                  .sentWhenFirstNeeded(),
              get("list?after={after}", Purpose.Kind.LISTING).times(1, 2),
              new PlannedRepeat(
                  Purpose.of(Purpose.Kind.STAR_GAINS),
                  0,
                  2,
                  List.of(
                      get("repos/{owner}/{repo}/history?page={page}", Purpose.Kind.STAR_HISTORY)
                          .times(1, 2),
                      get("repos/{owner}/{repo}/stargazers", Purpose.Kind.STARGAZERS).times(0, 1))),
              get("readme", Purpose.Kind.README).times(0, 1)),
          List.of());

  private static List<PlanCheck.Sent> sent(String... requests) {
    return Stream.of(requests)
        .map(r -> r.split(" ", 2))
        .map(r -> new PlanCheck.Sent(r[0], HttpUrl.get(API + r[1])))
        .toList();
  }

  private static void check(String... requests) {
    PlanCheck.assertFollows(List.of(PLAN), sent(requests));
  }

  @Test
  void aFetchThatKeepsToItsPlanPasses() {
    assertThatCode(
            () ->
                check(
                    "GET list",
                    "POST token",
                    "GET list?after=t3_a",
                    "GET repos/o/a/history?page=3",
                    "GET repos/o/a/history?page=1",
                    "GET repos/o/b/history?page=3",
                    "GET repos/o/b/stargazers",
                    "GET readme"))
        .doesNotThrowAnyException();
  }

  @Test
  void aRequestThePlanDoesNotListFails() {
    assertThatThrownBy(() -> check("GET list", "GET repos/o/a/topics"))
        .hasMessageContaining("request #2 GET " + API + "repos/o/a/topics is not in the plan");
  }

  @Test
  void aRequestOutOfThePlansOrderFails() {
    assertThatThrownBy(() -> check("GET list", "GET readme", "GET repos/o/a/history?page=1"))
        .hasMessageContaining("request #3");
  }

  @Test
  void aStepSentMoreOftenThanItsBoundFails() {
    assertThatThrownBy(() -> check("GET list", "GET list?after=1", "GET list?after=2"))
        .hasMessageContaining("was sent 3 times, more than its 2");
    assertThatThrownBy(
            () ->
                check(
                    "GET list",
                    "GET repos/o/a/history?page=1",
                    "GET repos/o/a/history?page=2",
                    "GET repos/o/a/history?page=3"))
        .as("bounds of a repeated request hold per item")
        .hasMessageContaining("for [o, a], more than its 2");
    assertThatThrownBy(
            () ->
                check(
                    "GET list",
                    "GET repos/o/a/history",
                    "GET repos/o/b/history",
                    "GET repos/o/c/history"))
        .hasMessageContaining("was sent 3 times, more than its 2");
  }

  @Test
  void aStepSentLessOftenThanItsLeastFails() {
    assertThatThrownBy(() -> check("POST token", "GET readme"))
        .hasMessageContaining("LISTING")
        .hasMessageContaining("was sent 0 times, fewer than its 1");
    assertThatThrownBy(() -> check("POST token", "GET list", "GET repos/o/a/stargazers"))
        .as("each item's round begins with its history")
        .hasMessageContaining("fewer than its 1");
  }

  @Test
  void retriesAndTokenRefreshesAreNotCountedAgainstThePlan() {
    List<PlanCheck.Sent> sent =
        sent(
            "GET list",
            "GET list",
            "POST token",
            "GET list?after=a",
            "POST token",
            "GET list?after=a");
    // The retry after a refreshed token repeats the request before it: neither counts.
    List<PlanCheck.Sent> counted = sent("GET list", "POST token", "GET list?after=a");
    org.assertj.core.api.Assertions.assertThat(dedupe(sent)).isEqualTo(counted);
  }

  /** What {@link PlanCheck#received} leaves of requests in the order they came. */
  private static List<PlanCheck.Sent> dedupe(List<PlanCheck.Sent> oldestFirst) {
    return PlanCheck.counted(oldestFirst);
  }
}
