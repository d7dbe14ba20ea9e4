package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSettings;
import dev.curate.error.CurateException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.HttpActivity;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

/**
 * Repositories created in a month, from GitHub's repository search: each configured query is
 * run with a {@code created:} range for the month, most-starred first, and the results are
 * merged by repository id.
 */
public final class GitHubSource {
  static final String NO_TOKEN_WARNING = "no GH_TOKEN or GITHUB_TOKEN set: GitHub allows 10 searches a minute"
      + " and 60 requests an hour without one";

  private final GitHubSettings settings;
  private final GitHubCredentials credentials;
  private final Clock clock;
  private final Consumer<String> progress;
  private final HttpStats stats = new HttpStats();
  private final SearchItemExtras extras = new SearchItemExtras();
  private final RepositorySearch search;
  private final RepoMapper mapper = new RepoMapper(extras);
  private final GitHubErrors errors;

  public GitHubSource(
      GitHubSettings settings,
      String apiUrl,
      GitHubCredentials credentials,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {
    this.settings = settings;
    this.credentials = credentials;
    this.clock = clock;
    this.progress = progress;
    this.errors = new GitHubErrors(credentials);
    GitHub github = GitHubConnection.open(apiUrl, credentials, http, clock, stats, extras);
    this.search = new RepositorySearch(github, settings.perPage(), settings.maxPagesPerQuery());
  }

  /**
   * @throws CurateException when GitHub cannot be reached, rejects the token or the query, or a
   *     rate limit lasts longer than {@code http.maxWait}
   */
  public SourceResult<Repo> fetch(CalendarMonth month) {
    Instant fetchedAt = clock.instant();
    int requestsBefore = stats.requests();
    HttpActivity activityBefore = stats.snapshot();
    extras.clear();
    List<String> warnings = new ArrayList<>();
    if (credentials.token().isEmpty()) {
      warnings.add(NO_TOKEN_WARNING);
    }
    Map<Long, Repo> kept = new LinkedHashMap<>();
    int found = 0;
    for (String query : settings.queries()) {
      QueryResult result = run(query + " created:" + month.isoDateRange());
      found += result.items().size();
      for (GHRepository item : result.items()) {
        Repo repo = map(item, fetchedAt, result.query());
        // GitHub's created: qualifier is not promised to be in UTC; the month is.
        if (repo.createdAt() != null && month.contains(repo.createdAt())) {
          kept.putIfAbsent(repo.id(), repo);
        }
      }
      progress.accept(String.format(Locale.ROOT, "github: '%s' %s: read %d of %,d repositories (%d %s)",
          query, month, result.items().size(), result.totalCount(), result.pages(),
          result.pages() == 1 ? "page" : "pages"));
      warnings.addAll(warningsFor(query, result));
    }
    SourceReport report = new SourceReport(
        "github", stats.requests() - requestsBefore, found, kept.size(), warnings, stats.since(activityBefore));
    return new SourceResult<>(new ArrayList<>(kept.values()), report);
  }

  /** Retries, waits and time waited over the life of this source, for the fetch summary. */
  public HttpStats stats() {
    return stats;
  }

  private QueryResult run(String query) {
    try {
      return search.run(query);
    } catch (RuntimeException e) {
      // github-api wraps paging failures in GHException; ours travel inside as CarriedFailure.
      throw errors.unexpected(query, e);
    }
  }

  private Repo map(GHRepository item, Instant fetchedAt, String query) {
    try {
      return mapper.map(item, fetchedAt);
    } catch (IOException | RuntimeException e) {
      throw errors.unexpected(query, e);
    }
  }

  private static List<String> warningsFor(String query, QueryResult result) {
    List<String> warnings = new ArrayList<>();
    if (result.incomplete()) {
      // https://docs.github.com/en/rest/search/search#timeouts-and-incomplete-results
      warnings.add(String.format(Locale.ROOT,
          "'%s': GitHub's search timed out and returned incomplete results (incomplete_results: true);"
              + " some repositories may be missing", query));
    }
    if (result.totalCount() > result.items().size()) {
      warnings.add(String.format(Locale.ROOT, "'%s' matched %,d repositories; read the top %,d by stars",
          query, result.totalCount(), result.items().size()));
    }
    return warnings;
  }
}
