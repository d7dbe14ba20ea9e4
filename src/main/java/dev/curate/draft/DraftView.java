package dev.curate.draft;

import java.util.List;
import java.util.Map;

/**
 * What the draft template sees: facts already formatted (numbers with separators, dates, link
 * destinations checked and encoded), text still raw, because the template's {@code {{x}}} escapes
 * it. Text meant for inside an HTML comment (coverage, notes, flags, labels) is already made safe
 * for it and shown with {@code {{{x}}}}. Absent values are null and empty lists, which mustache
 * treats as false.
 *
 * @param month the month in words in the draft's language, e.g. {@code November 2018}
 * @param title the article's title in the draft's language
 * @param t the fixed text of the draft's language, by key ({@code draft-text-<lang>.properties})
 * @param archive the earlier issues, oldest first
 * @param coverage one line per source on what the fetch covered, already safe inside an HTML
 *     comment; empty when unknown
 */
public record DraftView(
    String month,
    String title,
    Map<String, String> t,
    List<ArchiveEntry> archive,
    List<RepoEntry> repos,
    List<ThreadEntry> threads,
    List<String> coverage) {

  public DraftView {
    t = Map.copyOf(t);
    archive = List.copyOf(archive);
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
    coverage = List.copyOf(coverage);
  }

  /** For the template: whether there is a coverage note to print at all. */
  public boolean hasCoverage() {
    return !coverage.isEmpty();
  }

  /** For the template: whether there are earlier issues to list. */
  public boolean hasArchive() {
    return !archive.isEmpty();
  }

  /**
   * @param label the month in words
   * @param url the checked destination, or null when the editor still has to add it
   */
  public record ArchiveEntry(String label, String url) {}

  /**
   * @param repoUrl the repository's destination, always linkable (built from owner/name)
   * @param imageUrl the social-preview image's destination
   * @param description null when GitHub has none
   * @param homepage null when there is none
   * @param label the area label, safe inside a comment, or null
   * @param flags the ranking's flags, each safe inside a comment
   * @param starsGained the stars gained in the month ("+5,510 stars in November 2018"), "≈"
   *     first when only this workspace's snapshots measured it; null when unknown
   * @param chart the star chart beside the draft, or null when there is none (no daily history, or
   *     a draft printed to stdout)
   * @param readme the README's first paragraph, cut at a sentence, or null (or when it only repeats
   *     the description)
   * @param resources papers, then demo/project/website/docs links
   * @param discussions the threads of this issue about this repository
   * @param note the editor's note, safe inside a comment, or null
   */
  public record RepoEntry(
      int rank,
      String fullName,
      String repoUrl,
      String imageUrl,
      String description,
      String stars,
      String starsGained,
      Chart chart,
      String forks,
      String language,
      String license,
      String created,
      Link homepage,
      String label,
      List<String> flags,
      String readme,
      List<Resource> resources,
      List<Discussion> discussions,
      String note) {

    public boolean hasResources() {
      return !resources.isEmpty();
    }
  }

  /**
   * @param permalink the thread's destination, or null when it cannot be linked
   * @param excerpt the self text's excerpt, null for link posts and empty self posts
   * @param linked where a link post points, null for self posts and the post's own media
   * @param media the post's own media on Reddit, named ("image post", "gallery", "video post");
   *     null for self posts and links elsewhere
   * @param papers the papers the thread links to or cites
   * @param aboutRepos the repositories of this issue the thread is about
   * @param quotes comment excerpts, best first
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
      Link linked,
      String media,
      String label,
      List<String> flags,
      List<Resource> papers,
      List<RepoReference> aboutRepos,
      List<Quote> quotes,
      String note) {

    public boolean hasPapers() {
      return !papers.isEmpty();
    }

    public boolean hasQuotes() {
      return !quotes.isEmpty();
    }
  }

  /**
   * A star chart beside the draft.
   *
   * @param url its path relative to the draft, percent-encoded
   * @param alt what the image says in words, escaped by the template
   */
  public record Chart(String url, String alt) {}

  /**
   * A URL as the draft shows it.
   *
   * @param text the URL as text, escaped by the template
   * @param destination the checked destination, or null when it is not http(s) and is shown as text
   *     only
   * @param domain the host, shown for threads the workflow enriched; else null
   */
  public record Link(String text, String destination, String domain) {}

  /**
   * A paper or a project link under an entry.
   *
   * @param kind what it is, in the draft's language: Paper, Demo, Project page...
   * @param text the link text: the paper's id ({@code arXiv:1811.00002}) or the README's words
   * @param url the checked destination
   */
  public record Resource(String kind, String text, String url) {}

  /**
   * @param where e.g. {@code Discussed on r/MachineLearning}
   * @param reason null for a link to the repository, else e.g. {@code same paper: arXiv:…}
   */
  public record Discussion(String where, String title, String permalink, String reason) {}

  /**
   * @param reason null for a link to the repository, else e.g. {@code same paper: arXiv:…}
   */
  public record RepoReference(String fullName, String url, String reason) {}

  /**
   * @param by e.g. {@code u/alice, 25 points}; without the name when the account is gone
   */
  public record Quote(String text, String by) {}
}
