package dev.curate.events;

import dev.curate.model.CalendarMonth;
import java.util.List;

/**
 * What the events say about a month, whichever engine counted them: the repositories with the most
 * star events, most first (ties by name), at most {@code github.events.top}.
 *
 * @param earlierCounted whether each repository's three months before were counted; when not (hour
 *     files of those months were not given), {@link RepoStars#earlier()} is empty and a breakout
 *     signal is unknown
 * @param lowerBound whether the month is past {@code github.events.soundTo} (or before {@code
 *     soundFrom}): GH Archive lost most star events from mid-2025, so the counts are lower bounds
 */
public record StarCounts(
    CalendarMonth month, List<RepoStars> repos, boolean earlierCounted, boolean lowerBound) {
  public StarCounts {
    repos = List.copyOf(repos);
  }
}
