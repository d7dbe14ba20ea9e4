package dev.curate.events;

import dev.curate.model.EventsCoverage;
import dev.curate.model.HttpActivity;
import dev.curate.model.RequestCount;
import dev.curate.plan.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's star events as {@code fetch} uses them, whichever engine counted them.
 *
 * @param engine where they were counted
 * @param endpoint the ClickHouse server (host and port), or the hour files' folder
 * @param lastEventAt the latest star event the engine held
 * @param counts the month's top repositories by star events, with the months before where counted
 * @param missingHours the month's hours without a readable file; null for ClickHouse
 * @param summary one line for the fetch's progress: what was read, from where
 * @param warnings what the editor should know: hours missing, lines skipped, months before not
 *     counted, lower bounds
 */
public record EventsMonth(
    EventsCoverage.Engine engine,
    String endpoint,
    Optional<Instant> lastEventAt,
    StarCounts counts,
    Integer missingHours,
    String summary,
    List<String> warnings) {
  public EventsMonth {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(counts, "counts");
    warnings = List.copyOf(warnings);
  }

  /** What the requests of a read cost; none for hour files. */
  public record Cost(int requests, HttpActivity activity) {
    public static final Cost NONE = new Cost(0, HttpActivity.NONE);

    /**
     * The requests against their floor: each query answers a part of the month no other asks, so
     * every one sent is needed and only the retries are beyond the floor.
     */
    public RequestCount requestCount() {
      return RequestCount.allNeeded(
          Purpose.Kind.EVENTS_MONTH.name(), requests, Math.min(requests, activity.retries()));
    }

    /** What was spent after {@code before}; the budget left is this one's. */
    public Cost since(Cost before) {
      HttpActivity a = activity;
      HttpActivity b = before.activity();
      return new Cost(
          requests - before.requests(),
          new HttpActivity(
              a.retries() - b.retries(),
              a.notModified() - b.notModified(),
              a.waits() - b.waits(),
              a.waited().minus(b.waited()),
              a.budgetLeft()));
    }
  }
}
