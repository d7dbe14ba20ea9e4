package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.rank.Candidacy;
import dev.curate.rank.Ranking;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which of a month's candidates {@code curate candidates} lists.
 *
 * @param repos list the repositories
 * @param threads list the threads
 * @param area only the items of this area (repositories) or kind (threads), compared without case
 * @param all also the ineligible ones ({@code excludedBecause} set); without it, an ineligible item
 *     is listed only when the editor picked it, since the pick puts it on the shortlist
 */
public record CandidateQuery(
    Optional<CalendarMonth> month,
    boolean repos,
    boolean threads,
    Optional<String> area,
    boolean all) {

  Candidates select(Ranking ranking) {
    return new Candidates(
        ranking.shortlist().month(),
        repos ? keep(ranking.repoCandidates(), r -> r.area()) : List.of(),
        threads ? keep(ranking.threadCandidates(), t -> t.kind()) : List.of());
  }

  private <T> List<Candidacy<T>> keep(List<Candidacy<T>> candidates, Function<T, String> category) {
    return candidates.stream()
        .filter(c -> all || c.explanation().eligible() || c.explanation().onShortlist())
        .filter(c -> area.isEmpty() || sameArea(area.get(), category.apply(c.entry())))
        .toList();
  }

  private static boolean sameArea(String asked, String area) {
    return area != null
        && area.toLowerCase(Locale.ROOT).equals(asked.strip().toLowerCase(Locale.ROOT));
  }
}
