package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.EndpointOverrides;
import dev.curate.config.GitHubCredentials;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.RetryPolicy;
import dev.curate.http.Unreachable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Turns what went wrong talking to GitHub into one line for the user: what was being fetched, what
 * GitHub said, and what to do. Never the token: messages name the variable it came from.
 */
final class GitHubErrors {
  /**
   * GitHub's error body:
   * https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(
      @JsonProperty("message") String message, @JsonProperty("errors") List<Detail> errors) {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(
        @JsonProperty("message") String message,
        @JsonProperty("code") String code,
        @JsonProperty("field") String field) {}
  }

  private final GitHubCredentials credentials;
  private final ObjectMapper json = new ObjectMapper();

  GitHubErrors(GitHubCredentials credentials) {
    this.credentials = credentials;
  }

  /** An error status that survived the shared retries and the rate-limit waits. */
  CurateException forStatus(URL url, int status, String requestId, String body) {
    Optional<ErrorBody> error = parse(body);
    String gitHubSays = error.map(ErrorBody::message).filter(m -> !m.isBlank()).orElse(null);
    String variable = credentials.variable().orElse(GitHubCredentials.GH_TOKEN);
    boolean hasToken = credentials.token().isPresent();
    String quoted = gitHubSays == null ? "" : " " + gitHubSays;
    switch (status) {
      case 401:
        return hasToken
            ? new CurateException(
                ExitCode.CREDENTIALS,
                "GitHub rejected the token from "
                    + variable
                    + " (401"
                    + quoted
                    + "): renew it or unset it to search without one")
            : new CurateException(
                ExitCode.CREDENTIALS,
                "GitHub asked for credentials (401"
                    + quoted
                    + "): set GH_TOKEN to a personal access token");
      case 403:
        return hasToken
            ? new CurateException(
                ExitCode.CREDENTIALS,
                "GitHub refused the "
                    + subject(url)
                    + " with the token from "
                    + variable
                    + " (403"
                    + quoted
                    + "): check the token's access, or unset it to search without one")
            : new CurateException(
                ExitCode.CREDENTIALS,
                "GitHub refused the "
                    + subject(url)
                    + " (403"
                    + quoted
                    + "): set GH_TOKEN to a personal access token");
      case 422:
        if (SearchCapReached.isCapMessage(gitHubSays)) {
          return new SearchCapReached(
              "GitHub refused the "
                  + subject(url)
                  + " past its first 1,000 results (422 "
                  + gitHubSays
                  + ")");
        }
        String details =
            error.map(ErrorBody::errors).orElse(List.of()).stream()
                .map(ErrorBody.Detail::message)
                .filter(m -> m != null && !m.isBlank())
                .reduce((a, b) -> a + "; " + b)
                .map(d -> ": " + d)
                .orElse("");
        return new ApiException(
            "GitHub rejected the " + subject(url) + " (422" + quoted + details + ")");
      default:
        String where =
            "HTTP "
                + status
                + " from "
                + host(url)
                + " for GET "
                + url.getPath()
                + (requestId == null ? "" : ", request id " + requestId);
        if (status >= 500) {
          // The body of a 5xx is often GitHub's HTML "Unicorn!" page: nothing to quote. Still
          // down after the retries is temporary (exit 75), so a scheduler retries later.
          return new ApiException(
              ExitCode.TEMPORARY,
              "GitHub unavailable: the "
                  + subject(url)
                  + " still failed after retries ("
                  + where
                  + "); retry later");
        }
        return new ApiException(
            "GitHub "
                + subject(url)
                + " failed: "
                + where
                + (gitHubSays == null ? "" : " (" + gitHubSays + ")"));
    }
  }

  /** An I/O failure that survived the shared retries: refused, unknown host, timeout. */
  CurateException forIoFailure(URL url, IOException e) {
    if (Thread.currentThread().isInterrupted()) {
      return new CurateException(ExitCode.INTERRUPTED, "interrupted while fetching from GitHub");
    }
    if (e instanceof InterruptedIOException
        && !String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect")) {
      // A read timeout (SocketTimeoutException) or OkHttp's call timeout ("timeout"): the
      // connection was made, GitHub did not finish answering in time.
      return new ApiException(
          "GitHub timed out: "
              + host(url)
              + " did not answer the "
              + subject(url)
              + " in time, after retries; retry later, or raise http.readTimeout / http.callTimeout",
          e);
    }
    if (RetryPolicy.isUnreachable(e)) {
      return Unreachable.failure(host(url), e, EndpointOverrides.GITHUB_API_URL);
    }
    return new ApiException(
        "cannot connect to "
            + host(url)
            + ": "
            + reason(e)
            + "; check your network or "
            + EndpointOverrides.GITHUB_API_URL,
        e);
  }

  /**
   * A failure github-api let out mapping a search result (its getters declare {@code IOException}).
   */
  CurateException unexpected(String query, Throwable t) {
    return CurateException.findIn(t)
        .orElseGet(
            () ->
                new ApiException(
                    "GitHub search for '" + query + "' failed: " + t.getClass().getSimpleName(),
                    t));
  }

  private Optional<ErrorBody> parse(String body) {
    if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(json.readValue(body, ErrorBody.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** "search for 'topic:nlp created:…'" for searches, else "request for /path". */
  static String subject(URL url) {
    HttpUrl parsed = HttpUrl.get(url.toString());
    String q = parsed.queryParameter("q");
    if (parsed.encodedPath().endsWith("/search/repositories") && q != null) {
      return "search for '" + q + "'";
    }
    return "request for " + parsed.encodedPath();
  }

  static String host(URL url) {
    return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
  }

  private static String reason(IOException e) {
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      return "timed out";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
