package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.rank.Candidacy;
import java.util.List;

/** What {@code curate candidates} lists: a month's candidates, each kind in score order. */
public record Candidates(
    CalendarMonth month, List<Candidacy<RankedRepo>> repos, List<Candidacy<RankedThread>> threads) {
  public Candidates {
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
  }
}
