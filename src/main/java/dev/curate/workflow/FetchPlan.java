package dev.curate.workflow;

import dev.curate.config.CurateConfig;
import dev.curate.config.GitHubSettings;
import dev.curate.config.RedditSettings;
import dev.curate.config.RedditSourceChoice;
import dev.curate.github.GitHubSource;
import dev.curate.github.MonthInHistory;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.api.TopWindow;
import dev.curate.reddit.archive.ArchiveUrls;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code curate fetch} would ask of each API, worked out from the configuration and which
 * credentials are present, without a single request: the answer to {@code fetch --dry-run}. Counts
 * are upper bounds (a query may run out of results before its last page).
 *
 * @param github the GitHub part, if GitHub is fetched
 * @param reddit the Reddit part, if Reddit is fetched
 */
public record FetchPlan(
    CalendarMonth month, Optional<GitHubPlan> github, Optional<RedditPlan> reddit) {

  /**
   * "The GitHub REST API provides up to 1,000 results for each search"
   * (https://docs.github.com/en/rest/search/search); a page starting past them is a 422, so curate
   * never asks for one.
   */
  static final int SEARCH_RESULT_CAP = 1000;

  /**
   * One search per configured query.
   *
   * @param tokenVariable where the token comes from ({@code GH_TOKEN}...), never its value
   * @param perMinute GitHub's search limit: 30 a minute with a token, 10 without
   */
  public record GitHubPlan(
      String apiUrl,
      Optional<String> tokenVariable,
      List<Search> searches,
      int perMinute,
      StarGainPlan starGains) {
    public GitHubPlan {
      searches = List.copyOf(searches);
    }

    public int maxRequests() {
      return searches.stream().mapToInt(Search::maxPages).sum();
    }

    /** curate paces searches evenly under the limit, so this is the least time they take. */
    public Duration leastTime() {
      return spacing(perMinute).multipliedBy(Math.max(0, maxRequests() - 1));
    }
  }

  /**
   * @param q the full search, {@code created:} range (or, trending, {@code pushed:} and {@code
   *     stars:}) included
   */
  public record Search(String q, int perPage, int maxPages) {}

  /**
   * Measuring stars gained after the searches: core requests, not searches.
   *
   * @param newRepos the month's new repositories measured at most
   * @param trendingRepos trending ones (created before the month) measured at most
   * @param maxPerRepo history requests per repository at most ({@link MonthInHistory#MAX_REQUESTS})
   * @param keepCoreRequests measuring stops when fewer core requests are left
   */
  public record StarGainPlan(
      int newRepos, int trendingRepos, int maxPerRepo, int keepCoreRequests) {}

  /**
   * One {@code top} listing per subreddit, plus the app-only token in OAuth mode; or the archive's
   * pages, or local dumps, followed by {@code /api/info} refreshes.
   *
   * @param tokenUrl the token endpoint, in OAuth mode
   * @param perMinute Reddit's limit: 100 a minute with OAuth, 10 without
   * @param source which source was chosen and why, e.g. {@code archive (auto: ...)}
   * @param archive the archive requests per subreddit, when the archive is read
   * @param dumps the dump files read instead of the network
   * @param refreshRequests {@code /api/info} requests at most, after an archive or dump read
   */
  public record RedditPlan(
      String apiUrl,
      boolean oauth,
      Optional<String> tokenUrl,
      List<Listing> listings,
      int perMinute,
      String source,
      List<ArchiveRead> archive,
      List<Path> dumps,
      int refreshRequests) {
    public RedditPlan {
      listings = List.copyOf(listings);
      archive = List.copyOf(archive);
      dumps = List.copyOf(dumps);
    }

    public int maxRequests() {
      return listings.stream().mapToInt(Listing::maxPages).sum()
          + (tokenUrl.isPresent() ? 1 : 0)
          + refreshRequests;
    }

    /** Requests spread evenly over Reddit's window: the least time a full read takes. */
    public Duration leastTime() {
      return spacing(perMinute).multipliedBy(Math.max(0, maxRequests() - 1));
    }
  }

  /**
   * The archive's requests for one subreddit: the month's search pages (as many as the month holds,
   * 100 posts each) and its post count.
   */
  public record ArchiveRead(String subreddit, String search, String postCount) {}

  /**
   * @param path the listing's path, e.g. {@code /r/MachineLearning/top.json}
   * @param window the {@code t} parameter
   */
  public record Listing(String subreddit, String path, String window, int pageSize, int maxPages) {}

  /** Search limits, https://docs.github.com/en/rest/search/search#rate-limit. */
  static final int GITHUB_SEARCHES_PER_MINUTE_WITH_TOKEN = 30;

  static final int GITHUB_SEARCHES_PER_MINUTE_WITHOUT_TOKEN = 10;

  /**
   * "100 queries per minute per OAuth client id … 10 queries per minute" without (Data API Wiki).
   */
  static final int REDDIT_PER_MINUTE_OAUTH = 100;

  static final int REDDIT_PER_MINUTE_PUBLIC = 10;

  /** "returned 100 at a time" (PRAW's ListingGenerator); the client asks for that many. */
  static final int REDDIT_PAGE_SIZE = 100;

  /**
   * @param githubTokenVariable the variable the GitHub token came from, if there is one
   * @param redditOAuth whether Reddit app credentials are set
   * @param now to choose Reddit's {@code t} window, which is relative to now
   * @param redditSource {@code --reddit-source} or {@code reddit.source}
   * @param dumps {@code --reddit-dump} files, which replace the network source when given
   */
  public static FetchPlan of(
      CurateConfig config,
      CalendarMonth month,
      boolean fetchGitHub,
      boolean fetchReddit,
      Optional<String> githubTokenVariable,
      boolean redditOAuth,
      Instant now,
      RedditSourceChoice redditSource,
      List<Path> dumps) {
    Optional<GitHubPlan> github =
        fetchGitHub
            ? Optional.of(github(config, month, githubTokenVariable, now))
            : Optional.empty();
    Optional<RedditPlan> reddit =
        fetchReddit
            ? Optional.of(reddit(config, month, redditOAuth, now, redditSource, dumps))
            : Optional.empty();
    return new FetchPlan(month, github, reddit);
  }

  private static GitHubPlan github(
      CurateConfig config, CalendarMonth month, Optional<String> tokenVariable, Instant now) {
    GitHubSettings s = config.github();
    int pagesToCap = (SEARCH_RESULT_CAP + s.perPage() - 1) / s.perPage();
    int pages = Math.min(s.maxPagesPerQuery(), pagesToCap);
    List<Search> searches = new ArrayList<>();
    s.queries()
        .forEach(
            q ->
                searches.add(
                    new Search(q + " created:" + month.isoDateRange(), s.perPage(), pages)));
    List<String> trending = GitHubSource.trendingQueries(s.trending(), month, now);
    int trendingPages = Math.min(s.trending().maxPages(), pagesToCap);
    trending.forEach(q -> searches.add(new Search(q, s.perPage(), trendingPages)));
    int top = s.starGains().measureTop();
    StarGainPlan starGains =
        new StarGainPlan(
            top,
            trending.isEmpty() ? 0 : top,
            MonthInHistory.MAX_REQUESTS,
            s.starGains().keepCoreRequests());
    int perMinute =
        tokenVariable.isPresent()
            ? GITHUB_SEARCHES_PER_MINUTE_WITH_TOKEN
            : GITHUB_SEARCHES_PER_MINUTE_WITHOUT_TOKEN;
    return new GitHubPlan(
        config.endpoints().githubApiUrl(), tokenVariable, searches, perMinute, starGains);
  }

  private static RedditPlan reddit(
      CurateConfig config,
      CalendarMonth month,
      boolean oauth,
      Instant now,
      RedditSourceChoice choice,
      List<Path> dumps) {
    RedditSettings s = config.reddit();
    TopWindow topWindow = TopWindow.covering(month, now);
    String window = topWindow.parameter();
    boolean listing =
        dumps.isEmpty()
            && (choice == RedditSourceChoice.api
                || (choice == RedditSourceChoice.auto && topWindow != TopWindow.ALL));
    boolean archive = dumps.isEmpty() && choice != RedditSourceChoice.api;
    // The OAuth API serves listings without the .json suffix the public site needs.
    List<Listing> listings =
        !listing
            ? List.of()
            : s.subreddits().stream()
                .map(
                    sub ->
                        new Listing(
                            sub,
                            "/r/" + sub + (oauth ? "/top" : "/top.json"),
                            window,
                            REDDIT_PAGE_SIZE,
                            s.maxPages()))
                .toList();
    List<ArchiveRead> archiveReads =
        !archive
            ? List.of()
            : s.subreddits().stream()
                .map(
                    sub ->
                        new ArchiveRead(
                            sub,
                            ArchiveUrls.firstSearch(
                                config.endpoints().redditArchiveUrl(), sub, month),
                            ArchiveUrls.postCount(
                                config.endpoints().redditArchiveUrl(), sub, month)))
                .toList();
    String apiUrl = oauth ? config.endpoints().redditOauthUrl() : config.endpoints().redditUrl();
    // The token is fetched for /api/info too, so whenever Reddit is asked anything.
    Optional<String> tokenUrl =
        oauth
            ? Optional.of(config.endpoints().redditUrl() + "/api/v1/access_token")
            : Optional.empty();
    int refreshPerSubreddit = (s.refreshTop() + REDDIT_PAGE_SIZE - 1) / REDDIT_PAGE_SIZE;
    int refresh = listing && !archive ? 0 : refreshPerSubreddit * s.subreddits().size();
    return new RedditPlan(
        apiUrl,
        oauth,
        tokenUrl,
        listings,
        oauth ? REDDIT_PER_MINUTE_OAUTH : REDDIT_PER_MINUTE_PUBLIC,
        sourceText(choice, topWindow, dumps),
        archiveReads,
        dumps,
        refresh);
  }

  private static String sourceText(RedditSourceChoice choice, TopWindow window, List<Path> dumps) {
    if (!dumps.isEmpty()) {
      return "dump (--reddit-dump)";
    }
    return switch (choice) {
      case api -> "listing (--reddit-source api)";
      case archive -> "archive (--reddit-source archive)";
      case auto ->
          window == TopWindow.ALL
              ? "archive (auto: the month is older than a year, beyond the top listing's t=year)"
              : "listing, then the archive if the listing is cut (auto)";
    };
  }

  private static Duration spacing(int perMinute) {
    return Duration.ofMinutes(1).dividedBy(perMinute);
  }
}
