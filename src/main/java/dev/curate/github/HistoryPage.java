package dev.curate.github;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** One page of a repository's star history, weeks newest first, and its {@code Link} header. */
record HistoryPage(int number, List<StarWeek> weeks, LinkHeader link) {
  HistoryPage {
    weeks = List.copyOf(weeks);
  }

  StarWeek newest() {
    return weeks.stream().max(Comparator.comparingLong(StarWeek::week)).orElseThrow();
  }

  StarWeek oldest() {
    return weeks.stream().min(Comparator.comparingLong(StarWeek::week)).orElseThrow();
  }

  OptionalInt last() {
    return link.last();
  }
}
