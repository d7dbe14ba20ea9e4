package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSettings;
import dev.curate.config.HttpSettings;
import dev.curate.config.Secret;
import dev.curate.http.HttpStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a GitHubSource the way the CLI does, with a test clock and a recording sleeper. */
final class SourceHarness {
  /** Looks like a classic personal access token; not a real one. */
  static final String TOKEN = "ghp_CurateTestToken0000000000000000000000";

  final TestClock clock = new TestClock(GitHubStubs.SERVER_NOW);
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final List<String> progress = new ArrayList<>();

  static GitHubCredentials token(String variable) {
    return new GitHubCredentials(Optional.of(new Secret(TOKEN)), Optional.of(variable));
  }

  GitHubSource source(String apiUrl, GitHubCredentials credentials, List<String> queries, int perPage, int maxPages) {
    HttpStack http = new HttpStack(
        new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMinutes(5)),
        sleeper);
    return new GitHubSource(new GitHubSettings(queries, perPage, maxPages), apiUrl, credentials, http, clock,
        progress::add);
  }
}
