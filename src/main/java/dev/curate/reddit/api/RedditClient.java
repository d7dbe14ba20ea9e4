package dev.curate.reddit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.EndpointOverrides;
import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import dev.curate.reddit.post.PostReader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads one page of {@code /r/{sub}/top} and turns every way it can go wrong into a
 * one-line error, or into a {@link SubredditUnavailableException} when only that subreddit is
 * affected.
 *
 * <p>With credentials it uses application-only OAuth against {@code oauth.reddit.com}; without,
 * the public {@code www.reddit.com/r/{sub}/top.json}. Every request carries {@code raw_json=1}:
 * without it Reddit HTML-escapes {@code &}, {@code <} and {@code >} in text fields (prawcore
 * {@code Session.request} adds it to every call). Redirects are not followed, as in prawcore
 * ({@code allow_redirects=False}): Reddit answers an unknown subreddit with a redirect to its
 * subreddit search, which would otherwise be parsed as a page of subreddits.
 */
public final class RedditClient {
  /** Reddit's page size limit for listings ("returned 100 at a time", praw ListingGenerator). */
  public static final int PAGE_SIZE = 100;

  private final OkHttpClient http;
  private final HttpUrl base;
  private final boolean oauth;
  private final ObjectMapper json;

  RedditClient(OkHttpClient http, HttpUrl base, boolean oauth, ObjectMapper json) {
    this.http = http;
    this.base = base;
    this.oauth = oauth;
    this.json = json;
  }

  /**
   * Composes the Reddit client on the shared stack: the stack's User-Agent, transient retries,
   * counting and logging outside; inside them, the bearer token (OAuth only) and then the rate
   * limiter, so a 401 retry is paced too, and a 429 retry reuses the token.
   */
  public static RedditClient connect(Endpoints endpoints, RedditCredentials credentials, HttpStack stack, Clock clock,
      HttpStats stats) {
    ObjectMapper json = PostReader.answers();
    RateLimitInterceptor rateLimit = new RateLimitInterceptor(
        new RateLimiter(clock), stack.sleeper(), stack.settings().maxWait(), stats);
    HttpUrl site = url(endpoints.redditUrl());
    OriginGuard siteOnly = new OriginGuard("Reddit", EndpointOverrides.REDDIT_URL + " / endpoints.redditUrl", List.of(site));
    if (!credentials.hasOAuth()) {
      OkHttpClient client = stack.clientFor(credentials.userAgent(), stats, siteOnly).withoutRedirects()
          .addInterceptor(rateLimit).build();
      return new RedditClient(client, site, false, json);
    }
    // The token endpoint is on www.reddit.com with its own limits: no bearer, no pacing there.
    OkHttpClient tokenClient = stack.clientFor(credentials.userAgent(), stats, siteOnly).withoutRedirects()
        .keepingSecretsInAnswers().build();
    AppOnlyTokens tokens = new AppOnlyTokens(tokenClient, url(endpoints.redditUrl() + "/api/v1/access_token"),
        credentials.clientId().orElseThrow(), credentials.clientSecret().orElseThrow(), clock, json, stack.secrets());
    HttpUrl oauthApi = url(endpoints.redditOauthUrl());
    OriginGuard apiOnly = new OriginGuard("Reddit", EndpointOverrides.REDDIT_OAUTH_URL + " / endpoints.redditOauthUrl",
        List.of(oauthApi));
    OkHttpClient api = stack.clientFor(credentials.userAgent(), stats, apiOnly).withoutRedirects()
        .addInterceptor(new BearerTokenInterceptor(tokens)).addInterceptor(rateLimit).build();
    return new RedditClient(api, oauthApi, true, json);
  }

  private static HttpUrl url(String text) {
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new ApiException("not an http(s) URL for Reddit: " + text
          + "; check CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL");
    }
    return url;
  }

  /** One page of the subreddit's top listing; {@code after} null for the first page. */
  Listing.Page topPage(String subreddit, TopWindow window, String after) {
    HttpUrl.Builder url = base.newBuilder()
        .addPathSegment("r")
        .addPathSegment(subreddit)
        .addPathSegment(oauth ? "top" : "top.json")
        .addQueryParameter("t", window.parameter())
        .addQueryParameter("limit", Integer.toString(PAGE_SIZE))
        .addQueryParameter("raw_json", "1");
    if (after != null) {
      url.addQueryParameter("after", after);
    }
    Request request = new Request.Builder().url(url.build()).get().build();
    String what = "GET /r/" + subreddit + "/top";
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 200) {
        return parse(subreddit, what, response, body);
      }
      throw classify(subreddit, response, body);
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw new ApiException(connectionMessage(request.url().host(), e), e);
    }
  }

  /**
   * A thread's comments page ({@code /comments/{id}}, top-level comments only, best first) as
   * JSON text; {@link ThreadComments} reads it. Failures are one-line {@link ApiException}s.
   */
  String commentsJson(String threadId, int limit) {
    HttpUrl url = base.newBuilder()
        .addPathSegment("comments")
        .addPathSegment(oauth ? threadId : threadId + ".json")
        .addQueryParameter("sort", "top")
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("depth", "1")
        .addQueryParameter("raw_json", "1")
        .build();
    try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      String body = response.body().string();
      if (response.code() == 200) {
        return body;
      }
      throw new ApiException(exitCodeFor(response.code()), "Reddit comments of thread " + threadId + " failed: HTTP " + response.code()
          + " from " + url.host());
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw new ApiException(connectionMessage(url.host(), e), e);
    }
  }

  /**
   * The current state of up to {@link #PAGE_SIZE} posts by fullname ({@code t3_...}): {@code GET
   * /api/info?id=t3_a,t3_b} ("up to 100 fullnames", reddit-archive wiki API). Posts Reddit no
   * longer has are left out of the answer; a post its author deleted comes back marked so.
   */
  Listing.Page info(java.util.List<String> fullnames) {
    if (fullnames.size() > PAGE_SIZE) {
      throw new IllegalArgumentException("at most " + PAGE_SIZE + " fullnames per /api/info call");
    }
    HttpUrl url = base.newBuilder()
        .addPathSegment("api")
        .addPathSegment(oauth ? "info" : "info.json")
        .addQueryParameter("id", String.join(",", fullnames))
        .addQueryParameter("raw_json", "1")
        .build();
    Request request = new Request.Builder().url(url).get().build();
    String what = "GET /api/info";
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 200) {
        return parse("(info)", what, response, body);
      }
      String host = request.url().host();
      if (BlockPage.isBlockPage(body)) {
        throw new ApiException("Reddit blocked the request (HTTP " + response.code() + " \"whoa there, pardner!\" from "
            + host + "): " + BlockPage.HINT);
      }
      throw new ApiException(exitCodeFor(response.code()),
          "Reddit " + what + " failed: HTTP " + response.code() + " from " + host);
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw new ApiException(connectionMessage(request.url().host(), e), e);
    }
  }

  private Listing.Page parse(String subreddit, String what, Response response, String body) {
    MediaType type = response.body().contentType();
    if (type == null || !type.subtype().toLowerCase(Locale.ROOT).contains("json")) {
      throw new ApiException("expected JSON from " + what + ", got " + describeType(type) + excerpt(body));
    }
    Listing listing;
    try {
      listing = json.readValue(body, Listing.class);
    } catch (JsonProcessingException e) {
      // The cause keeps Jackson's details for -v; the message stays one line.
      throw new ApiException("malformed JSON from " + what + excerpt(body), e);
    }
    if (listing == null || !"Listing".equals(listing.kind()) || listing.data() == null) {
      throw new ApiException("expected a Listing from " + what + ", got "
          + (listing == null ? "null" : "kind " + listing.kind()) + " (r/" + subreddit + ")");
    }
    return listing.data();
  }

  private RuntimeException classify(String subreddit, Response response, String body) {
    int code = response.code();
    String host = response.request().url().host();
    if (response.isRedirect()) {
      String location = response.header("Location", "");
      if (location.contains("/subreddits/search")) {
        return new SubredditUnavailableException("r/" + subreddit
            + " does not exist (Reddit redirected to its subreddit search); check reddit.subreddits");
      }
      return new ApiException("Reddit listing r/" + subreddit + " failed: HTTP " + code + " redirect from " + host
          + " to " + location + "; check CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL");
    }
    // Not retried: the block stays until the User-Agent or the credentials change.
    if (BlockPage.isBlockPage(body)) {
      return new ApiException("Reddit blocked the request (HTTP " + code + " \"whoa there, pardner!\" from " + host
          + "): " + BlockPage.HINT);
    }
    ErrorBody error = errorBody(body);
    String reason = error == null || error.reason() == null ? "" : error.reason();
    if (code == 403 && !reason.isEmpty()) {
      return new SubredditUnavailableException("r/" + subreddit + " cannot be read: Reddit says it is " + reason
          + " (HTTP 403); check reddit.subreddits");
    }
    if (code == 404) {
      return new SubredditUnavailableException("r/" + subreddit
          + (reason.isEmpty() ? " was not found" : " cannot be read: Reddit says it is " + reason)
          + " (HTTP 404); check reddit.subreddits");
    }
    if (code >= 500) {
      // Still down after the shared retries: temporary (exit 75), so a scheduler retries later.
      return new ApiException(ExitCode.TEMPORARY, "Reddit unavailable: listing r/" + subreddit
          + " still failed after retries (HTTP " + code + " from " + host + "); retry later");
    }
    return new ApiException("Reddit listing r/" + subreddit + " failed: HTTP " + code + " from " + host);
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

  /**
   * The exit code of a status that is still an error once the shared retries (5xx, 408) and the
   * rate limiter (429) are done with it: Reddit down or asking to slow down is temporary (exit 75,
   * "retry later"); any other status is a failure.
   */
  public static ExitCode exitCodeFor(int status) {
    return status >= 500 || status == 429 ? ExitCode.TEMPORARY : ExitCode.FAILURE;
  }

  public static String describeType(MediaType type) {
    return type == null ? "no Content-Type" : type.type() + "/" + type.subtype();
  }

  /** The start of a body that is not what was expected, on one line, so the error says what came back. */
  private static String excerpt(String body) {
    String oneLine = body.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "").strip();
    if (oneLine.isEmpty()) {
      return "";
    }
    return " (first 80 chars: " + (oneLine.length() > 80 ? oneLine.substring(0, 80) : oneLine) + ")";
  }

  static String connectionMessage(String host, IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
      return "cannot connect to " + host + ": " + detail
          + "; check your network or CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL";
    }
    return "request to " + host + " failed: " + detail
        + "; check your network or CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL";
  }
}
