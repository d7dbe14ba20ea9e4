package dev.curate.github;

import dev.curate.error.ApiException;
import dev.curate.model.Repo;
import java.util.Optional;

/**
 * A repository's README as raw Markdown: {@code GET /repos/{owner}/{repo}/readme} with the raw
 * media type, so GitHub sends the file itself rather than base64 in JSON
 * (https://docs.github.com/en/rest/repos/contents#get-a-repository-readme). 404 is the API's
 * answer for a repository without a README; any other failure is an error like the search's.
 */
public final class Readmes {
  static final String RAW = "application/vnd.github.raw+json";

  private final GitHubRest rest;

  public Readmes(GitHubRest rest) {
    this.rest = rest;
  }

  public Optional<String> readme(Repo repo) {
    RepoName name = RepoName.parse(repo.fullName())
        .orElseThrow(() -> new ApiException("'" + repo.fullName() + "' is not a GitHub owner/name; its README was not asked for"));
    GitHubRest.Answer answer = rest.get(rest.repoUrl(name).addPathSegment("readme").build(), RAW);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.ok()) {
      throw rest.fail(answer);
    }
    return Optional.of(answer.body());
  }
}
