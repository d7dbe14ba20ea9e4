package dev.curate.model;

import java.time.Instant;
import java.util.List;

/** What {@code curate rank} kept for a month, in rank order. */
public record Shortlist(
    CalendarMonth month, List<RankedRepo> repos, List<RankedThread> threads, Instant rankedAt) {

  public Shortlist {
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
  }
}
