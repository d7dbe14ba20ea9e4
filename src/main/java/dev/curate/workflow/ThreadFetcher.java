package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import java.util.List;

/** Where a month's threads come from: one result per subreddit. */
@FunctionalInterface
public interface ThreadFetcher {
  List<SourceResult<RedditThread>> fetch(CalendarMonth month);
}
