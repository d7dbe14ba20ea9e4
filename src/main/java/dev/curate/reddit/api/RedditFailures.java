package dev.curate.reddit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.EndpointOverrides;
import dev.curate.error.ApiException;
import dev.curate.error.ExitCode;
import dev.curate.http.JsonGet;
import dev.curate.http.RetryPolicy;
import dev.curate.http.Unreachable;
import java.io.IOException;
import okhttp3.Response;

/**
 * What Reddit's error answers mean, in one line each: the block page (for every request), a
 * subreddit that does not exist or cannot be read (a listing's own failure, which costs only that
 * subreddit), Reddit down after the retries, a host that cannot be reached. The request, the
 * reading and the JSON checks are {@link JsonGet}'s.
 */
final class RedditFailures {
  private final ObjectMapper json;

  RedditFailures(ObjectMapper json) {
    this.json = json;
  }

  /** Any request but a listing's: the block page, else the status. */
  RuntimeException call(String what, Response response, String body) {
    String host = response.request().url().host();
    if (BlockPage.isBlockPage(body)) {
      return blocked(response.code(), host);
    }
    return new ApiException(
        JsonGet.exitCodeFor(response.code()),
        "Reddit " + what + " failed: HTTP " + response.code() + " from " + host);
  }

  /**
   * A page of {@code /r/{subreddit}/top}: what only that subreddit suffers is a {@link
   * SubredditUnavailableException}.
   */
  RuntimeException listing(String subreddit, Response response, String body) {
    int code = response.code();
    String host = response.request().url().host();
    if (response.isRedirect()) {
      String location = response.header("Location", "");
      if (location.contains("/subreddits/search")) {
        return new SubredditUnavailableException(
            "r/"
                + subreddit
                + " does not exist (Reddit redirected to its subreddit search); check reddit.subreddits");
      }
      return new ApiException(
          "Reddit listing r/"
              + subreddit
              + " failed: HTTP "
              + code
              + " redirect from "
              + host
              + " to "
              + location
              + "; check CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL");
    }
    if (BlockPage.isBlockPage(body)) {
      return blocked(code, host);
    }
    ErrorBody error = errorBody(body);
    String reason = error == null || error.reason() == null ? "" : error.reason();
    if (code == 403 && !reason.isEmpty()) {
      return new SubredditUnavailableException(
          "r/"
              + subreddit
              + " cannot be read: Reddit says it is "
              + reason
              + " (HTTP 403); check reddit.subreddits");
    }
    if (code == 404) {
      return new SubredditUnavailableException(
          "r/"
              + subreddit
              + (reason.isEmpty()
                  ? " was not found"
                  : " cannot be read: Reddit says it is " + reason)
              + " (HTTP 404); check reddit.subreddits");
    }
    if (code >= 500) {
      // Still down after the shared retries: temporary (exit 75), so a scheduler retries later.
      return new ApiException(
          ExitCode.TEMPORARY,
          "Reddit unavailable: listing r/"
              + subreddit
              + " still failed after retries (HTTP "
              + code
              + " from "
              + host
              + "); retry later");
    }
    return new ApiException(
        "Reddit listing r/" + subreddit + " failed: HTTP " + code + " from " + host);
  }

  /** An I/O failure that outlived the shared retries. */
  static ApiException unreachable(String host, IOException e) {
    if (RetryPolicy.isUnreachable(e)) {
      return Unreachable.failure(
          host, e, EndpointOverrides.REDDIT_URL + " / " + EndpointOverrides.REDDIT_OAUTH_URL);
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ApiException(
        "request to "
            + host
            + " failed: "
            + detail
            + "; check your network or CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL",
        e);
  }

  /** Not retried: the block stays until the User-Agent or the credentials change. */
  private static ApiException blocked(int code, String host) {
    return new ApiException(
        "Reddit blocked the request (HTTP "
            + code
            + " \"whoa there, pardner!\" from "
            + host
            + "): "
            + BlockPage.HINT);
  }

  private ErrorBody errorBody(String body) {
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      return json.readValue(trimmed, ErrorBody.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
