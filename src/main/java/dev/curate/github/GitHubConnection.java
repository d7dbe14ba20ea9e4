package dev.curate.github;

import dev.curate.config.EndpointOverrides;
import dev.curate.config.GitHubCredentials;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import dev.curate.plan.Budget;
import java.time.Clock;
import java.time.Duration;
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
  static final int CORE_PER_HOUR_WITH_TOKEN = 5000;
  static final int CORE_PER_HOUR_WITHOUT_TOKEN = 60;

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

  /**
   * The limits the requests count against, for the credentials at hand: searches, which {@link
   * SearchPacingInterceptor} paces, and the core requests (star history, READMEs), 5,000 an hour
   * with a token and 60 without
   * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api), which are
   * only waited for when GitHub says they are used up.
   */
  static List<Budget> budgets(GitHubCredentials credentials) {
    boolean authenticated = credentials.token().isPresent();
    return List.of(
        new Budget(
            Budget.Bucket.GITHUB_SEARCH,
            authenticated
                ? SearchPacingInterceptor.PER_MINUTE_WITH_TOKEN
                : SearchPacingInterceptor.PER_MINUTE_WITHOUT_TOKEN,
            Duration.ofMinutes(1),
            authenticated,
            true),
        new Budget(
            Budget.Bucket.GITHUB_CORE,
            authenticated ? CORE_PER_HOUR_WITH_TOKEN : CORE_PER_HOUR_WITHOUT_TOKEN,
            Duration.ofHours(1),
            authenticated,
            false));
  }

  /** GitHub rejects requests without a User-Agent and asks for the application's name in it. */
  static String userAgent(String version) {
    return "curate/" + version;
  }
}
