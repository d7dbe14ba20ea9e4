package dev.curate.reddit.api;

/**
 * A subreddit that cannot be listed (does not exist, private, banned, quarantined). It concerns one
 * configured name, not the run: the source turns it into a warning and goes on with the other
 * subreddits.
 */
public final class SubredditUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SubredditUnavailableException(String message) {
    super(message);
  }
}
