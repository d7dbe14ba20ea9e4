package dev.curate.model;

import java.util.List;

/**
 * What one source did during a fetch, for the summary on stderr and the fetch history.
 *
 * @param source a short name: {@code github}, or {@code reddit:MachineLearning}
 * @param requests HTTP requests sent (retries included, cache hits not)
 * @param found items the source returned, before de-duplication and the month filter
 * @param kept items inside the month that were stored
 * @param warnings things the editor should know that did not stop the fetch
 * @param activity retries, waits, 304s and the rate-limit budget left
 * @param complete false when the source knows it did not see all of the month (GitHub's
 *     {@code incomplete_results}, a listing cut short by its page cap or its 1,000-item end);
 *     the warnings say why
 * @param method how the items were read: {@code search} (GitHub), {@code listing}, {@code
 *     archive} or {@code dump} (Reddit)
 * @param expectedPosts the month's post count the archive publishes, when it does; null otherwise
 */
public record SourceReport(
    String source, int requests, int found, int kept, List<String> warnings, HttpActivity activity,
    boolean complete, String method, Integer expectedPosts) {
  public SourceReport {
    warnings = List.copyOf(warnings);
    activity = activity == null ? HttpActivity.NONE : activity;
    method = method == null ? defaultMethod(source) : method;
  }

  public SourceReport(
      String source, int requests, int found, int kept, List<String> warnings, HttpActivity activity,
      boolean complete) {
    this(source, requests, found, kept, warnings, activity, complete, null, null);
  }

  public SourceReport(String source, int requests, int found, int kept, List<String> warnings) {
    this(source, requests, found, kept, warnings, HttpActivity.NONE, true);
  }

  public SourceReport(
      String source, int requests, int found, int kept, List<String> warnings, HttpActivity activity) {
    this(source, requests, found, kept, warnings, activity, true);
  }

  /** The same report with {@code more} warnings after its own. */
  public SourceReport withWarnings(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new SourceReport(source, requests, found, kept, all, activity, complete, method, expectedPosts);
  }

  /** What a source read before fetches recorded their method: GitHub searches, Reddit listings. */
  public static String defaultMethod(String source) {
    return source != null && source.startsWith("reddit:") ? "listing" : "search";
  }
}
