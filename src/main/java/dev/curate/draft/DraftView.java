package dev.curate.draft;

import java.util.List;

/**
 * What the draft template sees: facts already formatted (numbers with separators, dates, link
 * destinations checked and encoded), text still raw, because the template's {@code {{x}}} escapes
 * it. Absent values are null, which mustache treats as false.
 *
 * @param month the month in words, e.g. {@code November 2018}
 * @param coverage one line per source on what the fetch covered, already safe inside an HTML
 *     comment; empty when unknown
 */
public record DraftView(String month, List<RepoEntry> repos, List<ThreadEntry> threads, List<String> coverage) {

  public DraftView {
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
    coverage = List.copyOf(coverage);
  }

  public DraftView(String month, List<RepoEntry> repos, List<ThreadEntry> threads) {
    this(month, repos, threads, List.of());
  }

  /** For the template: whether there is a coverage note to print at all. */
  public boolean hasCoverage() {
    return !coverage.isEmpty();
  }

  /**
   * @param repoUrl the repository's destination, always linkable (built from owner/name)
   * @param imageUrl the social-preview image's destination
   * @param description null when GitHub has none
   * @param homepage null when there is none
   */
  public record RepoEntry(
      int rank,
      String fullName,
      String repoUrl,
      String imageUrl,
      String description,
      String stars,
      String forks,
      String language,
      String license,
      String created,
      Link homepage) {}

  /**
   * @param permalink the thread's destination, or null when it cannot be linked
   * @param excerpt the self text's excerpt, null for link posts and empty self posts
   * @param linked where a link post points, null for self posts
   */
  public record ThreadEntry(
      int rank,
      String title,
      String permalink,
      String subreddit,
      String comments,
      String upvotes,
      String posted,
      String flair,
      boolean selfPost,
      String excerpt,
      Link linked) {}

  /**
   * A URL as the draft shows it.
   *
   * @param text the URL as text, escaped by the template
   * @param destination the checked destination, or null when it is not http(s) and is shown as
   *     text only
   */
  public record Link(String text, String destination) {}
}
