package dev.curate.enrich;

import dev.curate.model.Readme;
import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a repository's README (and description) add to its entry in the draft. Raw, untrusted text:
 * the draft escapes it.
 *
 * @param readmeParagraph the README's first paragraph of prose, or null
 * @param papers papers cited by the description, then the README, each once
 * @param links demo, project-page, website and docs links of the README
 * @param socialImageUrl the repository's own social preview (GraphQL {@code openGraphImageUrl}), or
 *     null for GitHub's generated card
 */
public record RepoEnrichment(
    String readmeParagraph, List<Paper> papers, List<ProjectLink> links, String socialImageUrl) {
  public static final RepoEnrichment NONE = new RepoEnrichment(null, List.of(), List.of(), null);

  public RepoEnrichment {
    papers = List.copyOf(papers);
    links = List.copyOf(links);
  }

  /**
   * Everything there is to extract from a repository and its README. The paragraph and the project
   * links are read in the README's own markup (links only from Markdown, the only markup {@link
   * ProjectLinks} reads); papers are found by their URLs, in any.
   *
   * @param readme the README, or null when there is none
   */
  public static RepoEnrichment of(Repo repo, Readme readme) {
    String text = readme == null ? null : readme.text();
    boolean markdown = readme != null && ReadmeMarkup.isMarkdown(ReadmeMarkup.of(readme));
    return new RepoEnrichment(
        ReadmeParagraph.first(readme).orElse(null),
        papers(repo.description(), text),
        markdown ? ProjectLinks.in(text, repo.fullName()) : List.of(),
        null);
  }

  /** The papers of a repository known without its README: those of its description. */
  public static RepoEnrichment fromDescription(Repo repo) {
    return of(repo, (Readme) null);
  }

  public RepoEnrichment withSocialImage(String url) {
    return new RepoEnrichment(readmeParagraph, papers, links, url);
  }

  private static List<Paper> papers(String description, String readme) {
    Map<String, Paper> all = new LinkedHashMap<>();
    List<Paper> found = new ArrayList<>(PaperLinks.in(description));
    found.addAll(PaperLinks.in(readme));
    found.forEach(p -> all.putIfAbsent(p.key(), p));
    return List.copyOf(all.values());
  }
}
