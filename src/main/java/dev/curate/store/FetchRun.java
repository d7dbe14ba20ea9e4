package dev.curate.store;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.util.List;

/**
 * One completed fetch of one source for one month, as recorded next to the data it saved.
 *
 * @param source {@code github}, or {@code reddit:<subreddit>}
 * @param finishedAt when the fetch's data was saved
 * @param method how the source read the month: {@code search}, {@code listing}, {@code archive}
 *     or {@code dump}
 * @param expectedPosts the month's post count the archive published, or null
 */
public record FetchRun(
    CalendarMonth month,
    String source,
    Instant finishedAt,
    int requests,
    int found,
    int kept,
    List<String> warnings,
    boolean complete,
    int retries,
    int notModified,
    java.time.Duration waited,
    String method,
    Integer expectedPosts) {

  public FetchRun {
    warnings = List.copyOf(warnings);
  }
}
