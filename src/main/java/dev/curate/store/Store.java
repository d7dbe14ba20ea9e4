package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** STUB: the workspace's SQLite database. */
public final class Store implements AutoCloseable {
  public static final String DATABASE_FILE = "curate.db";

  public static Store open(Path workspace) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Saves one GitHub fetch of a month in one transaction: all of it, or nothing. */
  public void saveRepos(CalendarMonth month, SourceResult<Repo> result, Instant fetchedAt) {}

  /** Saves one subreddit's fetch of a month in one transaction: all of it, or nothing. */
  public void saveThreads(
      CalendarMonth month, String subreddit, SourceResult<RedditThread> result, Instant fetchedAt) {}

  public List<Repo> repos(CalendarMonth month) {
    return List.of();
  }

  public List<RedditThread> threads(CalendarMonth month) {
    return List.of();
  }

  /** The month whose latest completed fetch is the most recent one. */
  public Optional<CalendarMonth> latestFetchedMonth() {
    return Optional.empty();
  }

  public boolean hasFetched(CalendarMonth month) {
    return false;
  }

  /** Replaces the month's shortlist in one transaction. */
  public void saveShortlist(Shortlist shortlist) {}

  public Optional<Shortlist> shortlist(CalendarMonth month) {
    return Optional.empty();
  }

  @Override
  public void close() {}
}
