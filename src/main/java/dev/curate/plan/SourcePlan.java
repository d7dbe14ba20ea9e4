package dev.curate.plan;

import dev.curate.plan.Budget.Bucket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one source would request for a month, in the order it would send it, answered by the source
 * from the same code that builds its requests ({@code GitHubSource.plan}, {@code
 * RedditSource.plan}). {@code fetch --dry-run} prints it; issue 9 schedules sources by their floors
 * and budgets.
 *
 * @param source the source's name as {@code fetch --only} takes it ({@code github}, {@code reddit})
 * @param steps the requests, in order
 * @param budgets the rate limits the requests count against, for the credentials at hand
 */
public record SourcePlan(String source, List<PlanStep> steps, List<Budget> budgets) {
  public SourcePlan {
    Objects.requireNonNull(source, "source");
    steps = List.copyOf(steps);
    budgets = List.copyOf(budgets);
  }

  /** The fewest requests that can answer the month: every step at its least. */
  public int floor() {
    return steps.stream().mapToInt(PlanStep::leastRequests).sum();
  }

  /** The most requests, or empty when some step is bounded only by the month's data. */
  public OptionalInt most() {
    return sum(steps);
  }

  /** The fewest requests that count against {@code bucket}. */
  public int floor(Bucket bucket) {
    int total = 0;
    for (PlanStep step : steps) {
      if (step instanceof PlannedRepeat repeat) {
        total +=
            repeat.least()
                * repeat.each().stream()
                    .filter(r -> r.bucket().equals(Optional.of(bucket)))
                    .mapToInt(PlannedRequest::least)
                    .sum();
      } else if (((PlannedRequest) step).bucket().equals(Optional.of(bucket))) {
        total += step.leastRequests();
      }
    }
    return total;
  }

  /** The most requests that count against {@code bucket}; empty when unbounded. */
  public OptionalInt most(Bucket bucket) {
    int total = 0;
    for (PlanStep step : steps) {
      OptionalInt counted = counted(step, bucket);
      if (counted.isEmpty()) {
        return OptionalInt.empty();
      }
      total += counted.getAsInt();
    }
    return OptionalInt.of(total);
  }

  private static OptionalInt counted(PlanStep step, Bucket bucket) {
    if (step instanceof PlannedRepeat repeat) {
      List<PlannedRequest> inBucket =
          repeat.each().stream().filter(r -> r.bucket().equals(Optional.of(bucket))).toList();
      return sum(inBucket).stream().map(perItem -> perItem * repeat.most()).findFirst();
    }
    PlannedRequest request = (PlannedRequest) step;
    return request.bucket().equals(Optional.of(bucket)) ? request.most() : OptionalInt.of(0);
  }

  static OptionalInt sum(List<? extends PlanStep> steps) {
    int total = 0;
    for (PlanStep step : steps) {
      OptionalInt most = step.mostRequests();
      if (most.isEmpty()) {
        return OptionalInt.empty();
      }
      total += most.getAsInt();
    }
    return OptionalInt.of(total);
  }
}
