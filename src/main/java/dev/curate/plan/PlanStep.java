package dev.curate.plan;

import java.util.OptionalInt;

/** One step of a {@link SourcePlan}: a request, or requests repeated for each item of a list. */
public sealed interface PlanStep permits PlannedRequest, PlannedRepeat {
  /** The fewest requests this step sends. */
  int leastRequests();

  /** The most requests this step sends; empty when only the month's data bounds it. */
  OptionalInt mostRequests();
}
