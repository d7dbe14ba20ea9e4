package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.SubredditFetch;
import java.util.List;

/**
 * Where a month's threads come from: one result per subreddit, with archived and refreshed figures.
 */
@FunctionalInterface
public interface ThreadFetcher {
  List<SubredditFetch> fetch(CalendarMonth month);
}
