package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.util.Optional;

/** The month a command works on: the one asked for, else the one most recently fetched. */
final class MonthChoice {
  private MonthChoice() {}

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
    return store
        .latestFetchedMonth()
        .orElseThrow(
            () ->
                new CurateException(
                    ExitCode.FAILURE,
                    "nothing has been fetched in this workspace yet: run 'curate fetch --month YYYY-MM' first"));
  }
}
