package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.util.Optional;

/** The month a command works on: the one asked for, else the one most recently fetched. */
public final class MonthChoice {
  private MonthChoice() {}

  /** What a command that needs a fetched month says in a workspace with none. */
  public static CurateException nothingFetched() {
    return new CurateException(
        ExitCode.FAILURE,
        "nothing has been fetched in this workspace yet: run 'curate fetch --month YYYY-MM' first");
  }

  static CalendarMonth resolve(Store store, Optional<CalendarMonth> asked) {
    if (asked.isPresent()) {
      CalendarMonth month = asked.get();
      if (!store.hasFetched(month)) {
        throw new CurateException(
            ExitCode.FAILURE,
            month + " has not been fetched: run 'curate fetch --month " + month + "' first");
      }
      return month;
    }
    return store.latestFetchedMonth().orElseThrow(MonthChoice::nothingFetched);
  }
}
