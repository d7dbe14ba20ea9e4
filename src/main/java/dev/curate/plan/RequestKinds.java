package dev.curate.plan;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * What kind of request a sent one was, by the plan that lists it ({@link PlannedRequest#matches}):
 * how a fetch counts its requests kind by kind against the month's floor, in the plan's own
 * vocabulary.
 */
public final class RequestKinds {
  private final List<PlannedRequest> requests = new ArrayList<>();
  private final String otherwise;

  /**
   * @param steps the plan's steps, of which the first request that matches gives the kind
   * @param otherwise the kind of a request no step matches
   */
  public RequestKinds(List<? extends PlanStep> steps, String otherwise) {
    for (PlanStep step : steps) {
      if (step instanceof PlannedRepeat repeat) {
        requests.addAll(repeat.each());
      } else {
        requests.add((PlannedRequest) step);
      }
    }
    this.otherwise = otherwise;
  }

  /** The name of the {@link Purpose.Kind} of the first planned request {@code sent} matches. */
  public String kindOf(String method, HttpUrl sent) {
    for (PlannedRequest r : requests) {
      if (r.matches(method, sent)) {
        return r.purpose().kind().name();
      }
    }
    return otherwise;
  }
}
