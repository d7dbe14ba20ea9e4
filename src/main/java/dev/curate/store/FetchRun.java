package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import java.time.Instant;
import java.util.List;

/**
 * One completed fetch of one source for one month, as recorded next to the data it saved.
 *
 * @param finishedAt when the fetch's data was saved
 * @param expectedPosts the month's post count the archive published, or null
 * @param events what GH Archive's star events gave a GitHub fetch; null when it did not read them
 * @param requestFloor the fewest requests that could have answered the month as read; null when
 *     unknown (a run recorded before V12)
 */
public record FetchRun(
    CalendarMonth month,
    SourceId source,
    Instant finishedAt,
    int requests,
    int found,
    int kept,
    List<String> warnings,
    boolean complete,
    int retries,
    int notModified,
    java.time.Duration waited,
    ReadMethod method,
    Integer expectedPosts,
    EventsCoverage events,
    Integer requestFloor) {

  public FetchRun {
    warnings = List.copyOf(warnings);
  }
}
