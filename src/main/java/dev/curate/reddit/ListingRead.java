package dev.curate.reddit;

import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.reddit.api.ListingPager;
import dev.curate.reddit.api.RedditClient;
import dev.curate.reddit.api.SubredditUnavailableException;
import dev.curate.reddit.api.TopWindow;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.SkippedPosts;
import dev.curate.reddit.post.ThreadMapper;
import dev.curate.reddit.post.UnusablePost;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A month's threads of one subreddit from its top listing, with how much of the month that covered.
 * The top listing holds every post of its window {@code t} sorted by score, but "most of reddit's
 * listings contain a maximum of 1000 items" (PRAW's ListingGenerator): a listing that reached that
 * end (or {@code reddit.maxPages}) may have left out posts of the month with lower scores. One that
 * ended before it listed every post of the window, so the whole month.
 */
final class ListingRead {
  /** Reddit's listings end near 1,000 items; reaching their last page means they may be cut. */
  static final int LISTING_END = 1000;

  private final ListingPager pager;
  private final Clock clock;
  private final ThreadMapper mapper = new ThreadMapper();
  private final Consumer<String> progress;

  ListingRead(ListingPager pager, Clock clock, Consumer<String> progress) {
    this.pager = pager;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * @param unavailable the subreddit cannot be listed (the warnings say why); nothing was read
   */
  record Outcome(
      List<RedditThread> kept,
      List<RedditThread> deleted,
      int found,
      boolean complete,
      boolean unavailable) {

    SubredditFetch toFetch(
        String subreddit, int requests, List<String> warnings, HttpActivity activity) {
      SourceReport report =
          new SourceReport(
              new SourceId.Subreddit(subreddit),
              requests,
              found,
              kept.size(),
              warnings,
              activity,
              complete,
              ReadMethod.LISTING,
              null);
      List<RedditThread> items = new ArrayList<>(kept);
      items.addAll(deleted);
      return new SubredditFetch(subreddit, new SourceResult<>(items, report), List.of());
    }
  }

  Outcome read(String subreddit, CalendarMonth month, TopWindow window, List<String> warnings) {
    try {
      ListingPager.Result listing = pager.readAll(subreddit, window);
      Instant fetchedAt = clock.instant();
      SkippedPosts skipped = new SkippedPosts();
      skipped.addAll(listing.unusable());
      List<RedditThread> threads = new ArrayList<>();
      for (Post post : listing.posts()) {
        try {
          threads.add(mapper.map(post, subreddit, fetchedAt));
        } catch (UnusablePost e) {
          skipped.add(e);
        }
      }
      skipped.warning("r/" + subreddit).ifPresent(warnings::add);
      List<RedditThread> kept =
          threads.stream()
              .filter(thread -> !thread.deleted() && month.contains(thread.createdAt()))
              .toList();
      // Whatever month they were from: a copy saved by the fetch of another month must go too.
      List<RedditThread> deleted = threads.stream().filter(RedditThread::deleted).toList();
      boolean complete = true;
      if (listing.truncated()) {
        complete = false;
        warnings.add(
            "r/"
                + subreddit
                + ": stopped after "
                + listing.pages()
                + " pages (reddit.maxPages); threads further down the listing were not read");
      } else if (listing.found() > LISTING_END - RedditClient.PAGE_SIZE) {
        complete = false;
        warnings.add(
            "r/"
                + subreddit
                + ": cut by the listing's "
                + String.format("%,d", LISTING_END)
                + "-item end (t="
                + window.parameter()
                + "); lower-scored threads of "
                + month
                + " are out of its reach (the archive has them: --reddit-source archive)");
      }
      progress.accept(
          "r/"
              + subreddit
              + ": "
              + kept.size()
              + " of "
              + listing.found()
              + " posts are from "
              + month
              + (deleted.isEmpty()
                  ? ""
                  : "; " + deleted.size() + " deleted by their authors, not kept"));
      return new Outcome(kept, deleted, listing.found(), complete, false);
    } catch (SubredditUnavailableException e) {
      warnings.add(e.getMessage());
      progress.accept("r/" + subreddit + ": skipped: " + e.getMessage());
      return new Outcome(List.of(), List.of(), 0, false, true);
    }
  }
}
