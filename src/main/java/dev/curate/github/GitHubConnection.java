package dev.curate.github;

import dev.curate.config.EndpointOverrides;
import dev.curate.config.GitHubCredentials;
import dev.curate.error.ApiException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * Wires github-api onto the shared OkHttp stack, with GitHub's own behaviour as interceptors:
 *
 * <pre>
 *   github-api → ClassifyingConnector → OkHttp: SerialGate → [origin guard → User-Agent → transient retries (shared)]
 *       → SearchPageTap → GitHubRateLimitInterceptor → SearchPacingInterceptor
 *       → one call per attempt (call timeout, cache, body read whole and scrubbed) → network
 * </pre>
 *
 * Every retried attempt is therefore paced and rate-limit checked, and a page github-api
 * receives has already been read by the tap.
 */
final class GitHubConnection {
  private GitHubConnection() {}

  /** github-api for the searches and {@link GitHubRest} for the rest, on one OkHttp client. */
  record Clients(GitHub api, GitHubRest rest) {}

  /** @param version curate's, for the User-Agent */
  static Clients open(String apiUrl, GitHubCredentials credentials, String version, HttpStack http, Clock clock,
      HttpStats stats, SearchItemExtras extras, SkippedItems skipped) {
    boolean authenticated = credentials.token().isPresent();
    // github-api follows the Link headers of GitHub's answers with the token: only to the API.
    OriginGuard origins = new OriginGuard("GitHub", EndpointOverrides.GITHUB_API_URL + " / endpoints.githubApiUrl",
        List.of(HttpUrl.get(apiUrl)));
    OkHttpClient client = http.clientFor(userAgent(version), stats, origins)
        // First of all, so that a turn covers the shared retries too.
        .first(new SerialGate())
        .addInterceptor(new SearchPageTap(extras, skipped, stats))
        .addInterceptor(new GitHubRateLimitInterceptor(
            http.sleeper(), clock, http.settings().maxWait(), authenticated, stats))
        .addInterceptor(new SearchPacingInterceptor(
            authenticated ? SearchPacingInterceptor.WITH_TOKEN : SearchPacingInterceptor.WITHOUT_TOKEN,
            clock, http.sleeper(), stats))
        .build();
    GitHubBuilder gitHub = new GitHubBuilder()
        .withEndpoint(apiUrl)
        .withConnector(new ClassifyingConnector(new OkHttpGitHubConnector(client), new GitHubErrors(credentials)))
        // Never reached in practice (the connector answers every error first), but the
        // defaults would sleep without bound if something slipped through.
        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
    // With a login, github-api does not look the login up: withOAuthToken(token) alone makes a
    // hidden GET /user on first use and swallows its errors. The login is never sent.
    credentials.token().ifPresent(token -> gitHub.withOAuthToken(token.reveal(), "curate"));
    try {
      return new Clients(gitHub.build(), new GitHubRest(client, apiUrl, credentials));
    } catch (IOException e) {
      throw new ApiException("cannot set up the GitHub client for " + apiUrl + ": " + e.getMessage(), e);
    }
  }

  /** GitHub rejects requests without a User-Agent and asks for the application's name in it. */
  static String userAgent(String version) {
    return "curate/" + version;
  }
}
