package dev.curate.github;

import dev.curate.model.Repo;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import org.kohsuke.github.GHRepository;

/**
 * A search item as curate's {@link Repo}: github-api's {@code GHRepository} for what it reads from
 * the search JSON, the item's own topics and license for what it does not. Uses only getters that
 * read the bound JSON: {@code getOwner()}, {@code getLicense()} and {@code listTopics()} would each
 * send a request per repository (and fail, the item being bound without a connection).
 */
final class RepoMapper {
  private RepoMapper() {}

  static Repo map(SearchItem item, Instant fetchedAt) throws IOException {
    GHRepository r = item.repository();
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
        item.topics(),
        item.license(),
        blankToNull(r.getHomepage()),
        instant(r.getCreatedAt()),
        instant(r.getPushedAt()),
        r.isFork(),
        r.isArchived(),
        fetchedAt,
        item.watchers());
  }

  /** GitHub sends {@code "homepage": ""} for a homepage that was set and cleared. */
  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
