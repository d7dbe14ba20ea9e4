package dev.curate.github;

import dev.curate.model.Repo;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import org.kohsuke.github.GHRepository;

/**
 * A search item as github-api parsed it, plus the topics and license it does not expose,
 * as curate's {@link Repo}. Uses only getters that read the search JSON: {@code getOwner()},
 * {@code getLicense()} and {@code listTopics()} would each send a request per repository.
 */
final class RepoMapper {
  private final SearchItemExtras extras;

  RepoMapper(SearchItemExtras extras) {
    this.extras = extras;
  }

  Repo map(GHRepository r, Instant fetchedAt) throws IOException {
    SearchItemExtras.Extras more = extras.forRepository(r.getId());
    URL htmlUrl = r.getHtmlUrl();
    return new Repo(
        r.getId(),
        r.getFullName(),
        r.getOwnerName(),
        r.getName(),
        htmlUrl == null ? null : htmlUrl.toString(),
        r.getDescription(),
        r.getStargazersCount(),
        r.getForksCount(),
        r.getOpenIssueCount(),
        r.getLanguage(),
        more.topics(),
        more.license(),
        blankToNull(r.getHomepage()),
        instant(r.getCreatedAt()),
        instant(r.getPushedAt()),
        r.isFork(),
        r.isArchived(),
        fetchedAt);
  }

  /** GitHub sends {@code "homepage": ""} for a homepage that was set and cleared. */
  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
