package dev.curate.config;

import java.util.List;

/**
 * @param subreddits names without the {@code r/} prefix
 * @param maxPages listing pages (100 posts each) read per subreddit at most
 */
public record RedditSettings(List<String> subreddits, int maxPages) {
  public RedditSettings {
    subreddits = List.copyOf(subreddits);
  }
}
