package dev.curate.enrich;

import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a repository's README (and description) add to its entry in the draft. Raw, untrusted
 * text: the draft escapes it.
 *
 * @param readmeParagraph the README's first paragraph of prose, or null
 * @param papers papers cited by the description, then the README, each once
 * @param links demo, project-page, website and docs links of the README
 * @param socialImageUrl the repository's own social preview (GraphQL {@code openGraphImageUrl}),
 *     or null for GitHub's generated card
 */
public record RepoEnrichment(String readmeParagraph, List<Paper> papers, List<ProjectLink> links, String socialImageUrl) {
  public static final RepoEnrichment NONE = new RepoEnrichment(null, List.of(), List.of(), null);

  public RepoEnrichment {
    papers = List.copyOf(papers);
    links = List.copyOf(links);
  }

  /**
   * Everything there is to extract from a repository and its README.
   *
   * @param readmeMarkdown the README's raw Markdown (GitHub's {@code GET /repos/{o}/{r}/readme}
   *     with {@code Accept: application/vnd.github.raw}), or null when there is none
   */
  public static RepoEnrichment of(Repo repo, String readmeMarkdown) {
    return new RepoEnrichment(
        ReadmeParagraph.first(readmeMarkdown).orElse(null),
        papers(repo.description(), readmeMarkdown),
        ProjectLinks.in(readmeMarkdown, repo.fullName()),
        null);
  }

  /** The papers of a repository known without its README: those of its description. */
  public static RepoEnrichment fromDescription(Repo repo) {
    return of(repo, null);
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
