package dev.curate.reddit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.EndpointOverrides;
import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.JsonGet;
import dev.curate.http.OriginGuard;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.reddit.post.PostReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The requests curate makes of Reddit's API: a page of {@code /r/{sub}/top}, a thread's comments,
 * {@code /api/info}. Each is one {@link JsonGet}, so every way it can go wrong is a one-line error
 * ({@link RedditFailures} says what Reddit's mean), or a {@link SubredditUnavailableException} when
 * only that subreddit is affected.
 *
 * <p>With credentials it uses application-only OAuth against {@code oauth.reddit.com}; without, the
 * public {@code www.reddit.com/r/{sub}/top.json}. Every request carries {@code raw_json=1}: without
 * it Reddit HTML-escapes {@code &}, {@code <} and {@code >} in text fields (prawcore {@code
 * Session.request} adds it to every call). Redirects are not followed, as in prawcore ({@code
 * allow_redirects=False}): Reddit answers an unknown subreddit with a redirect to its subreddit
 * search, which would otherwise be parsed as a page of subreddits.
 */
public final class RedditClient {
  /** Reddit's page size limit for listings ("returned 100 at a time", praw ListingGenerator). */
  public static final int PAGE_SIZE = 100;

  /**
   * "100 queries per minute per OAuth client id … 10 queries per minute" without OAuth (Reddit's
   * Data API Wiki).
   */
  static final int PER_MINUTE_OAUTH = 100;

  static final int PER_MINUTE_PUBLIC = 10;

  private final JsonGet get;
  private final RedditFailures failures;
  private final HttpUrl base;
  private final Optional<HttpUrl> tokenUrl;
  private final Optional<AppOnlyTokens> tokens;

  /**
   * @param tokenUrl the app-only token endpoint, with OAuth; empty for the public endpoints
   * @param tokens the app-only tokens, with OAuth
   */
  RedditClient(
      OkHttpClient http,
      HttpUrl base,
      Optional<HttpUrl> tokenUrl,
      Optional<AppOnlyTokens> tokens,
      ObjectMapper json) {
    this.get = new JsonGet(http, json, RedditFailures::unreachable);
    this.failures = new RedditFailures(json);
    this.base = base;
    this.tokenUrl = tokenUrl;
    this.tokens = tokens;
  }

  /**
   * Composes the Reddit client on the shared stack: the stack's User-Agent, transient retries,
   * counting and logging outside; inside them, the bearer token (OAuth only) and then the rate
   * limiter, so a 401 retry is paced too, and a 429 retry reuses the token.
   */
  public static RedditClient connect(
      Endpoints endpoints,
      RedditCredentials credentials,
      HttpStack stack,
      Clock clock,
      HttpStats stats) {
    ObjectMapper json = PostReader.answers();
    RateLimitInterceptor rateLimit =
        new RateLimitInterceptor(
            new RateLimiter(clock), stack.sleeper(), stack.settings().maxWait(), stats);
    HttpUrl site = url(endpoints.redditUrl());
    OriginGuard siteOnly =
        new OriginGuard(
            "Reddit", EndpointOverrides.REDDIT_URL + " / endpoints.redditUrl", List.of(site));
    if (!credentials.hasOAuth()) {
      OkHttpClient client =
          stack
              .clientFor(credentials.userAgent(), stats, siteOnly)
              .withoutRedirects()
              .addInterceptor(rateLimit)
              .build();
      return new RedditClient(client, site, Optional.empty(), Optional.empty(), json);
    }
    // The token endpoint is on www.reddit.com with its own limits: no bearer, no pacing there.
    OkHttpClient tokenClient =
        stack
            .clientFor(credentials.userAgent(), stats, siteOnly)
            .withoutRedirects()
            .keepingSecretsInAnswers()
            .build();
    HttpUrl tokenUrl = url(endpoints.redditUrl() + "/api/v1/access_token");
    AppOnlyTokens tokens =
        new AppOnlyTokens(
            tokenClient,
            tokenUrl,
            credentials.clientId().orElseThrow(),
            credentials.clientSecret().orElseThrow(),
            clock,
            json,
            stack.secrets());
    HttpUrl oauthApi = url(endpoints.redditOauthUrl());
    OriginGuard apiOnly =
        new OriginGuard(
            "Reddit",
            EndpointOverrides.REDDIT_OAUTH_URL + " / endpoints.redditOauthUrl",
            List.of(oauthApi));
    OkHttpClient api =
        stack
            .clientFor(credentials.userAgent(), stats, apiOnly)
            .withoutRedirects()
            .addInterceptor(new BearerTokenInterceptor(tokens))
            .addInterceptor(rateLimit)
            .build();
    return new RedditClient(api, oauthApi, Optional.of(tokenUrl), Optional.of(tokens), json);
  }

  private static HttpUrl url(String text) {
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new ApiException(
          "not an http(s) URL for Reddit: "
              + text
              + "; check CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL");
    }
    return url;
  }

  private boolean oauth() {
    return tokenUrl.isPresent();
  }

  /**
   * The token request {@link AppOnlyTokens} sends before the first API request (and again after a
   * 401), with OAuth; as {@code AppOnlyTokens} sends it, never in the plan's order but when first
   * needed.
   */
  public Optional<PlannedRequest> plannedToken() {
    return tokenUrl.map(
        url ->
            PlannedRequest.post(
                    url,
                    AppOnlyTokens.GRANT_TYPE + "=" + AppOnlyTokens.CLIENT_CREDENTIALS,
                    Purpose.of(Purpose.Kind.TOKEN))
                .sentWhenFirstNeeded());
  }

  /**
   * Asks Reddit for an app-only token now, as the first OAuth request of a fetch would ({@code
   * curate doctor}).
   *
   * @return false without OAuth credentials (nothing is sent)
   * @throws CurateException exit 4 when Reddit refuses the app's id and secret; the one-line
   *     failure a fetch would meet otherwise
   */
  public boolean requestToken() {
    if (tokens.isEmpty()) {
      return false;
    }
    try {
      tokens.get().current();
      return true;
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw RedditFailures.unreachable(tokenUrl.orElseThrow().host(), e);
    }
  }

  /** Reddit's documented limit for this client's credentials. */
  public Budget budget() {
    return new Budget(
        Budget.Bucket.REDDIT_API,
        oauth() ? PER_MINUTE_OAUTH : PER_MINUTE_PUBLIC,
        Duration.ofMinutes(1),
        oauth(),
        true);
  }

  /**
   * {@code /r/{sub}/top} with the OAuth API, {@code /r/{sub}/top.json} on the public site: a page
   * of the subreddit's top listing, {@code after} null for the first page.
   */
  HttpUrl topUrl(String subreddit, TopWindow window, String after) {
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegment("r")
            .addPathSegment(subreddit)
            .addPathSegment(oauth() ? "top" : "top.json")
            .addQueryParameter("t", window.parameter())
            .addQueryParameter("limit", Integer.toString(PAGE_SIZE))
            .addQueryParameter("raw_json", "1");
    if (after != null) {
      url.addQueryParameter("after", after);
    }
    return url.build();
  }

  /** One page of the subreddit's top listing; {@code after} null for the first page. */
  Listing.Page topPage(String subreddit, TopWindow window, String after) {
    String what = "GET /r/" + subreddit + "/top";
    Listing listing =
        get.get(
            topUrl(subreddit, window, after),
            what,
            Listing.class,
            (response, body) -> failures.listing(subreddit, response, body));
    return pageOf(listing, what);
  }

  /**
   * A thread's comments page ({@code /comments/{id}}, top-level comments only, best first): two
   * listings, the submission's and its comments'; {@link ThreadComments} reads them.
   */
  ThreadComments.Page[] comments(String threadId, int limit) {
    HttpUrl url =
        base.newBuilder()
            .addPathSegment("comments")
            .addPathSegment(oauth() ? threadId : threadId + ".json")
            .addQueryParameter("sort", "top")
            .addQueryParameter("limit", Integer.toString(limit))
            .addQueryParameter("depth", "1")
            .addQueryParameter("raw_json", "1")
            .build();
    String what = "comments of thread " + threadId;
    return get.get(
        url,
        what,
        ThreadComments.Page[].class,
        (response, body) -> failures.call(what, response, body));
  }

  /**
   * The current state of up to {@link #PAGE_SIZE} posts by fullname ({@code t3_...}): {@code GET
   * /api/info?id=t3_a,t3_b} ("up to 100 fullnames", reddit-archive wiki API). Posts Reddit no
   * longer has are left out of the answer; a post its author deleted comes back marked so.
   */
  Listing.Page info(List<String> fullnames) {
    if (fullnames.size() > PAGE_SIZE) {
      throw new IllegalArgumentException("at most " + PAGE_SIZE + " fullnames per /api/info call");
    }
    String what = "GET /api/info";
    Listing listing =
        get.get(
            infoUrl(String.join(",", fullnames)),
            what,
            Listing.class,
            (response, body) -> failures.call(what, response, body));
    return pageOf(listing, what);
  }

  /** {@code /api/info?id=…}: {@code ids} the fullnames, comma-separated. */
  HttpUrl infoUrl(String ids) {
    return base.newBuilder()
        .addPathSegment("api")
        .addPathSegment(oauth() ? "info" : "info.json")
        .addQueryParameter("id", ids)
        .addQueryParameter("raw_json", "1")
        .build();
  }

  private static Listing.Page pageOf(Listing listing, String what) {
    if (listing == null || !"Listing".equals(listing.kind()) || listing.data() == null) {
      throw new ApiException(
          "expected a Listing from "
              + what
              + ", got "
              + (listing == null ? "null" : "kind " + listing.kind()));
    }
    return listing.data();
  }
}
