package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceCoverage;
import dev.curate.model.SourceId;
import dev.curate.store.FetchRun;
import dev.curate.store.Store;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each source covered of a month, from the fetch history the store keeps: what {@code rank
 * --json} carries and the draft notes for the editor.
 */
public final class MonthCoverage {
  private MonthCoverage() {}

  /**
   * Each source's latest fetch of the month: one entry per source, GitHub first, then the
   * subreddits in the order they were first fetched. GitHub and Reddit are read side by side, so
   * which saved first is chance; the coverage's order must not be.
   */
  public static List<SourceCoverage> of(Store store, CalendarMonth month) {
    return of(store.fetchRuns(month));
  }

  /**
   * @param runs oldest first, as the store returns them
   */
  static List<SourceCoverage> of(List<FetchRun> runs) {
    Map<SourceId, FetchRun> latest = new LinkedHashMap<>();
    for (FetchRun run : runs) {
      latest.put(run.source(), run); // the last one per source wins, in the place of the first
    }
    return latest.values().stream()
        .sorted(Comparator.comparing(run -> !(run.source() instanceof SourceId.GitHub)))
        .map(
            run ->
                new SourceCoverage(
                    run.source(),
                    run.method(),
                    run.kept(),
                    run.complete(),
                    run.finishedAt(),
                    run.warnings(),
                    run.expectedPosts(),
                    read(run.source(), run.found()),
                    run.events()))
        .toList();
  }

  /**
   * The posts a source read to find the month's, or null where that says nothing: a subreddit's
   * {@code found} counts the posts it read (a listing's posts of other months, posts deleted since
   * they were archived), GitHub's the search results before they were merged and filtered.
   */
  public static Integer read(SourceId source, int found) {
    return source instanceof SourceId.Subreddit ? found : null;
  }
}
