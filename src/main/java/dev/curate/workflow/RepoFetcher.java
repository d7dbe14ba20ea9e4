package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;

/** Where a month's repositories come from (GitHub's search, or a fake in tests). */
@FunctionalInterface
public interface RepoFetcher {
  SourceResult<Repo> fetch(CalendarMonth month);
}
