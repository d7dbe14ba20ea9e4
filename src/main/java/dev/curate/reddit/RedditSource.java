package dev.curate.reddit;

import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSettings;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.HttpActivity;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A month's threads from each configured subreddit, read from the subreddit's top listing with
 * the smallest {@link TopWindow} that covers the month, and filtered to the month by {@code
 * created_utc}. A subreddit that cannot be read becomes a warning in its own report; failures
 * that concern the whole run (credentials, rate limit beyond the allowed wait, Reddit down) end
 * the fetch with their {@link dev.curate.error.CurateException}.
 *
 * <p>A result's items are the month's threads and, after them, a tombstone ({@link
 * RedditThread#deleted()} true, no content) for every post of the listing its author deleted:
 * Reddit's Data API terms ask that "all content related to the post" be deleted, and {@link
 * dev.curate.store.Store#saveThreads} purges any copy an earlier fetch stored, in the same
 * transaction as the save. The report's {@code kept} counts the month's threads only.
 */
public final class RedditSource {
  private final RedditSettings settings;
  private final RedditCredentials credentials;
  private final Clock clock;
  private final Consumer<String> progress;
  private final HttpStats stats = new HttpStats();
  private final ListingPager pager;
  private final ThreadMapper mapper = new ThreadMapper();

  public RedditSource(
      RedditSettings settings,
      Endpoints endpoints,
      RedditCredentials credentials,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {
    this.settings = settings;
    this.credentials = credentials;
    this.clock = clock;
    this.progress = progress;
    // One client, one token and one rate limiter for the whole run: Reddit counts per client id.
    this.pager = new ListingPager(RedditClient.connect(endpoints, credentials, http, clock, stats),
        settings.maxPages(), progress);
  }

  /** One result per configured subreddit, in configuration order. */
  public List<SourceResult<RedditThread>> fetch(CalendarMonth month) {
    TopWindow window = TopWindow.covering(month, clock.instant());
    progress.accept("reddit: top posts of " + month + " with t=" + window.parameter()
        + (credentials.hasOAuth() ? " (OAuth)" : " (public listings)"));
    List<SourceResult<RedditThread>> results = new ArrayList<>();
    for (String subreddit : settings.subreddits()) {
      List<String> warnings = new ArrayList<>();
      if (results.isEmpty() && !credentials.userAgentFromEnvironment()) {
        warnings.add(RedditCredentials.USER_AGENT + " is not set: Reddit asks for a User-Agent that names you,"
            + " '<platform>:<app id>:<version> (by /u/<your username>)'; sent '" + credentials.userAgent() + "'");
      }
      results.add(fetchOne(subreddit, month, window, warnings));
    }
    return results;
  }

  private SourceResult<RedditThread> fetchOne(String subreddit, CalendarMonth month, TopWindow window,
      List<String> warnings) {
    int requestsBefore = stats.requests();
    HttpActivity activityBefore = stats.snapshot();
    List<RedditThread> kept = List.of();
    List<RedditThread> deleted = List.of();
    int found = 0;
    boolean complete = true;
    try {
      ListingPager.Result listing = pager.readAll(subreddit, window);
      found = listing.found();
      Instant fetchedAt = clock.instant();
      List<RedditThread> threads = listing.posts().stream()
          .map(post -> mapper.map(post, subreddit, fetchedAt))
          .toList();
      kept = threads.stream()
          .filter(thread -> !thread.deleted() && month.contains(thread.createdAt()))
          .toList();
      // Whatever month they were from: a copy saved by the fetch of another month must go too.
      deleted = threads.stream().filter(RedditThread::deleted).toList();
      if (listing.truncated()) {
        complete = false;
        warnings.add("r/" + subreddit + ": stopped after " + listing.pages()
            + " pages (reddit.maxPages); threads further down the listing were not read");
      }
      progress.accept("r/" + subreddit + ": " + kept.size() + " of " + found + " posts are from " + month
          + (deleted.isEmpty() ? "" : "; " + deleted.size() + " deleted by their authors, not kept"));
    } catch (SubredditUnavailableException e) {
      warnings.add(e.getMessage());
      progress.accept("r/" + subreddit + ": skipped: " + e.getMessage());
    }
    SourceReport report = new SourceReport("reddit:" + subreddit, stats.requests() - requestsBefore, found,
        kept.size(), warnings, stats.since(activityBefore), complete);
    return new SourceResult<>(concat(kept, deleted), report);
  }

  private static List<RedditThread> concat(List<RedditThread> kept, List<RedditThread> deleted) {
    List<RedditThread> all = new ArrayList<>(kept);
    all.addAll(deleted);
    return all;
  }
}
