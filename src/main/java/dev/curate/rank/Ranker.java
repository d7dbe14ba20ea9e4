package dev.curate.rank;

import dev.curate.config.ScoringSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import java.time.Instant;
import java.util.List;

/** STUB: scores a month's candidates and keeps the best. Pure: no I/O. */
public final class Ranker {
  public Ranker(ScoringSettings scoring) {}

  public Shortlist rank(
      CalendarMonth month,
      List<Repo> repos,
      List<RedditThread> threads,
      int repoCount,
      int threadCount,
      Instant rankedAt) {
    throw new UnsupportedOperationException("not yet");
  }
}
