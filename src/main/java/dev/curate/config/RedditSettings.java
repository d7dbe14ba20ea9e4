package dev.curate.config;

import java.util.List;

/**
 * @param subreddits names without the {@code r/} prefix
 * @param maxPages listing pages (100 posts each) read per subreddit at most
 * @param source where threads come from unless {@code fetch --reddit-source} says otherwise
 * @param refreshTop after an archive or dump read, how many of each subreddit's threads (the
 *     highest by archived score and comments) get current figures from Reddit's {@code /api/info};
 *     0 turns the refresh off
 */
public record RedditSettings(
    List<String> subreddits, int maxPages, RedditSourceChoice source, int refreshTop) {
  /**
   * Reddit's {@code /api/info} takes at most 100 fullnames a call; this bounds a refresh at 100
   * calls.
   */
  public static final int MAX_REFRESH = 10_000;

  public RedditSettings {
    subreddits = List.copyOf(subreddits);
  }

  /** Listings only, as curate read Reddit before archives: no source choice, no refresh. */
  public RedditSettings(List<String> subreddits, int maxPages) {
    this(subreddits, maxPages, RedditSourceChoice.api, 0);
  }

  public RedditSettings withSource(RedditSourceChoice choice) {
    return new RedditSettings(subreddits, maxPages, choice, refreshTop);
  }
}
