package dev.curate.model;

import java.util.List;

/**
 * One subreddit's fetch of a month: its threads (and tombstones) with the report, and, for threads
 * read from an archive or a dump, the archived and refreshed figures of each.
 */
public record SubredditFetch(
    String subreddit, SourceResult<RedditThread> threads, List<ThreadFigures> figures) {
  public SubredditFetch {
    figures = List.copyOf(figures);
  }
}
