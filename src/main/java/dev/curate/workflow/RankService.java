package dev.curate.workflow;

import dev.curate.config.ShortlistSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Shortlist;
import dev.curate.rank.RankRequest;
import dev.curate.rank.Ranker;
import dev.curate.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/** Ranks a month's stored candidates and saves the shortlist in place of the previous one. */
public final class RankService {
  private final Store store;
  private final Ranker ranker;
  private final ShortlistSettings defaults;
  private final Clock clock;

  public RankService(Store store, Ranker ranker, ShortlistSettings defaults, Clock clock) {
    this.store = store;
    this.ranker = ranker;
    this.defaults = defaults;
    this.clock = clock;
  }

  public Shortlist rank(Optional<CalendarMonth> asked, OptionalInt repos, OptionalInt threads) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    RankRequest request = RankRequest.of(month, store.repos(month), store.threads(month),
        repos.orElse(defaults.repos()), threads.orElse(defaults.threads()), clock.instant());
    Shortlist shortlist =
        ranker.rank(request.withDiversity(false).withStarGains(store.starGains(month))).shortlist();
    store.saveShortlist(shortlist);
    return shortlist;
  }
}
