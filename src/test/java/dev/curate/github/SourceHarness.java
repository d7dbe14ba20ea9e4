package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSettings;
import dev.curate.config.HttpSettings;
import dev.curate.config.Secret;
import dev.curate.http.HttpStack;
import dev.curate.testing.RecordingSleeper;
import dev.curate.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Builds a GitHubSource the way the CLI does, with a test clock and a recording sleeper. */
final class SourceHarness {
  /** Looks like a classic personal access token; not a real one. */
  static final String TOKEN = "ghp_CurateTestToken0000000000000000000000";

  /** The shipped defaults (config/curate.yaml) but for timeouts short enough for tests. */
  static final HttpSettings HTTP =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          4,
          Duration.ofMinutes(5));

  final TestClock clock = new TestClock(GitHubStubs.SERVER_NOW);
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final List<String> progress = Collections.synchronizedList(new ArrayList<>());
  HttpSettings http = HTTP;
  Optional<Path> cacheDirectory = Optional.empty();
  int maxParts = CreatedRangeSearch.MAX_PARTS;

  /** The stack of the latest source, to close it as the CLI does at the end of a run. */
  HttpStack stack;

  /** curate's version as the tests' User-Agent carries it. */
  static final String VERSION = "0.1.0-test";

  static GitHubCredentials token(String variable) {
    return new GitHubCredentials(Optional.of(new Secret(TOKEN)), Optional.of(variable));
  }

  GitHubSource source(
      String apiUrl,
      GitHubCredentials credentials,
      List<String> queries,
      int perPage,
      int maxPages) {
    stack = new HttpStack(http, sleeper, cacheDirectory);
    return new GitHubSource(
        new GitHubSettings(queries, perPage, maxPages),
        apiUrl,
        credentials,
        VERSION,
        stack,
        clock,
        progress::add,
        maxParts);
  }
}
