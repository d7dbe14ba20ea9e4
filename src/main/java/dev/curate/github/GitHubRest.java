package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Every call curate makes to the GitHub API: the search pages ({@link RepositorySearch}), the star
 * history and stargazer list, READMEs. One OkHttp client behind them all ({@link
 * GitHubConnection}), so serial requests, rate-limit waits, retries and the cache apply alike; the
 * token is added here.
 *
 * <p>A response comes back whatever its status: what a 404 or a 403 means depends on the endpoint
 * (no README, not an admin), so {@link #fail} turns the ones the caller cannot use into one-line
 * errors ({@link GitHubErrors}). An I/O failure that survived the retries is thrown as a {@link
 * dev.curate.error.CurateException} right away.
 */
public final class GitHubRest {
  /** GitHub's JSON media type; the REST docs ask for it explicitly. */
  public static final String JSON = "application/vnd.github+json";

  private static final CacheControl MUST_REVALIDATE =
      new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

  private final OkHttpClient client;
  private final HttpUrl apiUrl;
  private final GitHubCredentials credentials;
  private final GitHubErrors errors;

  GitHubRest(OkHttpClient client, String apiUrl, GitHubCredentials credentials) {
    this.client = client;
    this.apiUrl = HttpUrl.get(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    this.credentials = credentials;
    this.errors = new GitHubErrors(credentials);
  }

  /** An answer read whole: the stack bounds it by {@code http.maxBodySize}. */
  public record Answer(int status, okhttp3.Headers headers, String body, HttpUrl url) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public String header(String name) {
      return headers.get(name);
    }

    /**
     * A rate limit that outlived the waits: GitHub's 403 or 429 with no requests left, a {@code
     * retry-after}, or a message saying so. Nothing else in the step would get through either.
     */
    public boolean rateLimited() {
      return (status == 403 || status == 429)
          && ("0".equals(header("x-ratelimit-remaining"))
              || header("retry-after") != null
              || body.contains("rate limit"));
    }
  }

  /**
   * The URL of an API path ({@code repos/o/r/readme}) with no leading slash, on the configured
   * endpoint.
   */
  public HttpUrl.Builder url(String path) {
    return apiUrl.newBuilder().addPathSegments(path);
  }

  /**
   * {@code repos/{owner}/{name}} on the configured endpoint, to add the rest of a repository's path
   * to.
   */
  HttpUrl.Builder repoUrl(RepoName repo) {
    return repo.url(apiUrl.newBuilder());
  }

  /** GET {@code url} with {@code accept}; any status comes back, I/O failures are thrown. */
  public Answer get(HttpUrl url, String accept) {
    return get(url, accept, null);
  }

  /**
   * As {@link #get(HttpUrl, String)}, asking for a REST API version ({@code X-GitHub-Api-Version})
   * when {@code apiVersion} is not null: an endpoint newer than GitHub's default version is
   * documented under its own.
   */
  public Answer get(HttpUrl url, String accept, String apiVersion) {
    return send(new Request.Builder().url(url), url, accept, apiVersion);
  }

  /**
   * As {@link #get(HttpUrl, String, String)}, but an answer the HTTP cache holds is used only once
   * GitHub confirms it ({@code Cache-Control: max-age=0}, answered 304, which costs no rate limit),
   * as github-api's OkHttp connector asks for its requests: a search answer may be cached for a
   * minute ({@code private, max-age=60}), and a fetch run again in that minute must still see
   * repositories created since.
   */
  Answer getRevalidated(HttpUrl url, String accept, String apiVersion) {
    return send(
        new Request.Builder().url(url).cacheControl(MUST_REVALIDATE), url, accept, apiVersion);
  }

  private Answer send(Request.Builder request, HttpUrl url, String accept, String apiVersion) {
    request.header("Accept", accept);
    if (apiVersion != null) {
      request.header("X-GitHub-Api-Version", apiVersion);
    }
    credentials
        .token()
        .ifPresent(token -> request.header("Authorization", "Bearer " + token.reveal()));
    try (Response response = client.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      return new Answer(
          response.code(), response.headers(), body == null ? "" : body.string(), url);
    } catch (CarriedFailure e) {
      // curate's own verdict from the stack (a rate limit beyond maxWait, an answer too large, a
      // foreign origin): already one line, not a connection failure.
      throw e.failure();
    } catch (IOException e) {
      throw errors.forIoFailure(url.url(), e);
    }
  }

  /** The one-line error for an answer its caller cannot use (401, 403, 5xx...). */
  public CurateException fail(Answer answer) {
    URL url = answer.url().url();
    return errors.forStatus(
        url, answer.status(), answer.header("x-github-request-id"), answer.body());
  }
}
