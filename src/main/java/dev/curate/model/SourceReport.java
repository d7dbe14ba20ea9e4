package dev.curate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one source did during a fetch, for the summary on stderr and the fetch history.
 *
 * @param source which source: GitHub, or one subreddit
 * @param requests HTTP requests sent (retries included, cache hits not)
 * @param found items the source returned, before de-duplication and the month filter
 * @param kept items inside the month that were stored
 * @param warnings things the editor should know that did not stop the fetch
 * @param activity retries, waits, 304s and the rate-limit budget left
 * @param complete false when the source knows it did not see all of the month (GitHub's {@code
 *     incomplete_results}, a listing cut short by its page cap or its 1,000-item end); the warnings
 *     say why
 * @param method how the items were read
 * @param expectedPosts the month's post count the archive publishes, when it does; null otherwise
 * @param events what GH Archive's star events gave GitHub's candidates; null when the month was not
 *     read through them
 * @param requestCount the requests by kind against the month's floor; null when unknown (a source
 *     that does not count them)
 */
public record SourceReport(
    SourceId source,
    int requests,
    int found,
    int kept,
    List<String> warnings,
    HttpActivity activity,
    boolean complete,
    ReadMethod method,
    Integer expectedPosts,
    EventsCoverage events,
    RequestCount requestCount) {
  public SourceReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    warnings = List.copyOf(warnings);
    activity = activity == null ? HttpActivity.NONE : activity;
  }

  /** A report of a month not read through GH Archive's events. */
  public SourceReport(
      SourceId source,
      int requests,
      int found,
      int kept,
      List<String> warnings,
      HttpActivity activity,
      boolean complete,
      ReadMethod method,
      Integer expectedPosts) {
    this(
        source,
        requests,
        found,
        kept,
        warnings,
        activity,
        complete,
        method,
        expectedPosts,
        null,
        null);
  }

  /** The same report with {@code more} warnings after its own. */
  public SourceReport withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new SourceReport(
        source,
        requests,
        found,
        kept,
        all,
        activity,
        complete,
        method,
        expectedPosts,
        events,
        requestCount);
  }

  /** The same report with its requests held against {@code count}'s floor. */
  public SourceReport withRequestCount(RequestCount count) {
    return new SourceReport(
        source,
        requests,
        found,
        kept,
        warnings,
        activity,
        complete,
        method,
        expectedPosts,
        events,
        count);
  }

  /** The fewest requests that could have answered the month as read, or null when unknown. */
  public Integer floor() {
    return requestCount == null ? null : requestCount.floorTotal();
  }
}
