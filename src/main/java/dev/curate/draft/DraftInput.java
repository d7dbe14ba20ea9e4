package dev.curate.draft;

import dev.curate.enrich.RepoEnrichment;
import dev.curate.enrich.ThreadEnrichment;
import dev.curate.model.RedditThread;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a draft is rendered from. Only the shortlist is required; {@link #of(Shortlist)} gives
 * the plain draft and the {@code with...} methods add to it. Items are keyed the way the shortlist
 * names them: repositories by {@code owner/name} (case-insensitively), threads by their base36 id.
 *
 * @param coverage what each source covered of the month (an editor's note at the top)
 * @param language the language of the template's fixed text
 * @param frontMatter whether to start with YAML front matter for static-site generators
 * @param date the front matter's date; null for the first day of the month after the issue's
 * @param archive the issues already published; the draft lists those before its month, oldest first
 * @param repoEnrichment README paragraph, papers, links, social image per repository; a repository
 *     without one still gets the papers of its description
 * @param threadEnrichment comment excerpts per thread; its presence also shows the linked domain
 * @param notes the editor's own note per item, shown inside the item's EDITOR comment
 * @param flags per item, e.g. {@code star-burst: 3,000 stars in two days}, as EDITOR comments
 * @param labels an area (repositories) or kind (threads) label per item, as an EDITOR comment
 * @param otherThreads the month's threads that are not on the shortlist: a repository's entry names
 *     those about it (up to {@link dev.curate.enrich.CrossReferences#MORE_PER_REPO})
 * @param chartFolder where the draft's star charts go, relative to the draft (e.g. {@code 2018-11}
 *     for {@code drafts/2018-11.md}): each repository with a daily history is given a chart there,
 *     and its entry links it; null when the draft has no folder beside it (printed to stdout), and
 *     so no charts
 */
public record DraftInput(
    Shortlist shortlist,
    List<SourceCoverage> coverage,
    Language language,
    boolean frontMatter,
    LocalDate date,
    List<PublishedIssue> archive,
    Map<String, RepoEnrichment> repoEnrichment,
    Map<String, ThreadEnrichment> threadEnrichment,
    Map<String, String> notes,
    Map<String, List<String>> flags,
    Map<String, String> labels,
    List<RedditThread> otherThreads,
    String chartFolder) {

  public DraftInput {
    Objects.requireNonNull(shortlist, "shortlist");
    coverage = coverage == null ? List.of() : List.copyOf(coverage);
    language = language == null ? Language.EN : language;
    archive = archive == null ? List.of() : List.copyOf(archive);
    repoEnrichment = repoEnrichment == null ? Map.of() : Map.copyOf(repoEnrichment);
    threadEnrichment = threadEnrichment == null ? Map.of() : Map.copyOf(threadEnrichment);
    notes = notes == null ? Map.of() : Map.copyOf(notes);
    flags =
        flags == null
            ? Map.of()
            : flags.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    otherThreads = otherThreads == null ? List.of() : List.copyOf(otherThreads);
  }

  /**
   * The plain English draft of a shortlist, as {@link DraftRenderer#render(Shortlist)} gives it.
   */
  public static DraftInput of(Shortlist shortlist) {
    return new DraftInput(
        shortlist, null, null, false, null, null, null, null, null, null, null, null, null);
  }

  public DraftInput withCoverage(List<SourceCoverage> coverage) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withLanguage(Language language) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withFrontMatter(boolean frontMatter) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withDate(LocalDate date) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withArchive(List<PublishedIssue> archive) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withRepoEnrichment(Map<String, RepoEnrichment> repoEnrichment) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withThreadEnrichment(Map<String, ThreadEnrichment> threadEnrichment) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withNotes(Map<String, String> notes) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withFlags(Map<String, List<String>> flags) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withLabels(Map<String, String> labels) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withOtherThreads(List<RedditThread> otherThreads) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  public DraftInput withChartFolder(String chartFolder) {
    return new DraftInput(
        shortlist,
        coverage,
        language,
        frontMatter,
        date,
        archive,
        repoEnrichment,
        threadEnrichment,
        notes,
        flags,
        labels,
        otherThreads,
        chartFolder);
  }

  /** The front matter's date: the one given, or the first day of the month after the issue's. */
  public LocalDate dateOrDefault() {
    return date != null ? date : shortlist.month().next().value().atDay(1);
  }
}
