package dev.curate.events;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One repository's star events: those given in the month and, when they were counted, in each of
 * the three months before (for the breakout signal). GH Archive records a star as a {@code
 * WatchEvent} and an unstar as nothing, so these are stars given, not kept.
 *
 * @param name {@code owner/name} as the events carry it: the name at the time, so a repository
 *     renamed since then appears under its old name, and one renamed within the months counted
 *     under both
 * @param repoId GitHub's repository id where the events carry it (GH Archive's files do;
 *     ClickHouse's {@code github_events} table has no such column), so names of one repository can
 *     be told
 * @param stars the month's star events
 * @param earlier star events of the month before, two and three months before, in that order; empty
 *     when those months were not counted
 */
public record RepoStars(String name, OptionalLong repoId, long stars, List<Long> earlier) {
  public RepoStars {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(repoId, "repoId");
    earlier = List.copyOf(earlier);
    if (!earlier.isEmpty() && earlier.size() != StarQueries.EARLIER_MONTHS) {
      throw new IllegalArgumentException("earlier months: " + earlier.size());
    }
  }
}
