package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSettings;
import dev.curate.http.HttpStack;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.time.Clock;
import java.util.function.Consumer;

/** STUB: repositories created in a month, from GitHub's search API through github-api. */
public final class GitHubSource {
  public GitHubSource(
      GitHubSettings settings,
      String apiUrl,
      GitHubCredentials credentials,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {}

  public SourceResult<Repo> fetch(CalendarMonth month) {
    throw new UnsupportedOperationException("not yet");
  }
}
