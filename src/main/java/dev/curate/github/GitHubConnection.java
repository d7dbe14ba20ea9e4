package dev.curate.github;

import dev.curate.config.EndpointOverrides;
import dev.curate.config.GitHubCredentials;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The GitHub client: the shared OkHttp stack with GitHub's own behaviour as interceptors.
 *
 * <pre>
 *   GitHubRest → OkHttp: SerialGate → [origin guard → User-Agent → transient retries (shared)]
 *       → GitHubRateLimitInterceptor → SearchPacingInterceptor
 *       → one call per attempt (call timeout, cache, body read whole and scrubbed) → network
 * </pre>
 *
 * Every retried attempt is therefore paced and rate-limit checked. What is left of an error after
 * the retries and waits is classified where the answer is read ({@link GitHubRest#fail}).
 */
final class GitHubConnection {
  private GitHubConnection() {}

  /**
   * @param version curate's, for the User-Agent
   */
  static GitHubRest open(
      String apiUrl,
      GitHubCredentials credentials,
      String version,
      HttpStack http,
      Clock clock,
      HttpStats stats) {
    boolean authenticated = credentials.token().isPresent();
    // A search follows the Link headers of GitHub's answers with the token: only to the API.
    OriginGuard origins =
        new OriginGuard(
            "GitHub",
            EndpointOverrides.GITHUB_API_URL + " / endpoints.githubApiUrl",
            List.of(HttpUrl.get(apiUrl)));
    OkHttpClient client =
        http.clientFor(userAgent(version), stats, origins)
            // First of all, so that a turn covers the shared retries too.
            .first(new SerialGate())
            .addInterceptor(
                new GitHubRateLimitInterceptor(
                    http.sleeper(), clock, http.settings().maxWait(), authenticated, stats))
            .addInterceptor(
                new SearchPacingInterceptor(
                    authenticated
                        ? SearchPacingInterceptor.WITH_TOKEN
                        : SearchPacingInterceptor.WITHOUT_TOKEN,
                    clock,
                    http.sleeper(),
                    stats))
            .build();
    return new GitHubRest(client, apiUrl, credentials);
  }

  /** GitHub rejects requests without a User-Agent and asks for the application's name in it. */
  static String userAgent(String version) {
    return "curate/" + version;
  }
}
