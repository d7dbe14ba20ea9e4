package dev.curate.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Requests sent in turn for each item of a list the answers before them make (each repository whose
 * stars gained are measured): the whole of {@code each}, in order, once per item.
 *
 * @param over what the items are
 * @param least the fewest items
 * @param most the most items
 * @param each the requests for one item, with their bounds per item
 */
public record PlannedRepeat(Purpose over, int least, int most, List<PlannedRequest> each)
    implements PlanStep {
  public PlannedRepeat {
    Objects.requireNonNull(over, "over");
    each = List.copyOf(each);
    if (least < 0 || most < least || each.isEmpty()) {
      throw new IllegalArgumentException("a repeat of " + least + ".." + most + " over " + each);
    }
  }

  @Override
  public int leastRequests() {
    return least * each.stream().mapToInt(PlannedRequest::least).sum();
  }

  @Override
  public OptionalInt mostRequests() {
    return SourcePlan.sum(each).stream().map(perItem -> perItem * most).findFirst();
  }
}
