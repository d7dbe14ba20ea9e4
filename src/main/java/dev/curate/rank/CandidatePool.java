package dev.curate.rank;

import dev.curate.rank.DiversitySelector.Candidate;
import dev.curate.rank.DiversitySelector.Caps;
import dev.curate.rank.DiversitySelector.Decision;
import dev.curate.rank.RankOrder.Scored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One kind of candidate (repositories, or threads) taken through the same steps: exclusions, scores
 * against the eligible ones, rank order, the editor's overrides and series memory, and the
 * selection. {@link Ranker} supplies what differs between the kinds.
 */
final class CandidatePool<T> {
  private final Function<T, String> id;
  private final Function<T, String> owner;
  private final Function<T, Classification> classifier;
  private final Function<T, List<PassOver>> exclusions;
  private final Function<T, List<PassOver>> flagged;
  private final BiFunction<List<T>, List<T>, List<ScoreCard>> scorer;
  private final Comparator<Scored<T>> order;

  /**
   * @param owner the owner the diversity cap counts by; a function returning null for none
   * @param exclusions reasons an item is no candidate at all (ineligible, junk)
   * @param flagged reasons an eligible item is passed over unless picked (its stars look bought):
   *     it still counts towards the month's maxima and stays a candidate
   * @param scorer scores the second list against the maxima of the first (the eligible ones)
   */
  CandidatePool(
      Function<T, String> id,
      Function<T, String> owner,
      Function<T, Classification> classifier,
      Function<T, List<PassOver>> exclusions,
      Function<T, List<PassOver>> flagged,
      BiFunction<List<T>, List<T>, List<ScoreCard>> scorer,
      Comparator<Scored<T>> order) {
    this.id = id;
    this.owner = owner;
    this.classifier = classifier;
    this.exclusions = exclusions;
    this.flagged = flagged;
    this.scorer = scorer;
    this.order = order;
  }

  /** Every item, in rank order, with what became of it. */
  List<Considered<T>> rank(List<T> items, RankRequest request, Caps caps, int size) {
    List<List<PassOver>> excluded = items.stream().map(exclusions).toList();
    // Excluded candidates do not set the month's maxima: a viral fork must not push every
    // eligible candidate's score down. Dropped and featured ones do, so that an editor's drop
    // does not change everyone else's score.
    List<T> eligible =
        IntStream.range(0, items.size())
            .filter(i -> excluded.get(i).isEmpty())
            .mapToObj(items::get)
            .toList();
    List<ScoreCard> cards = scorer.apply(eligible, items);
    List<Integer> byRank =
        IntStream.range(0, items.size())
            .boxed()
            .sorted(
                Comparator.comparing(i -> new Scored<>(items.get(i), cards.get(i).score()), order))
            .toList();

    List<Candidate> candidates = new ArrayList<>(items.size());
    List<Classification> classes = new ArrayList<>(items.size());
    for (int i : byRank) {
      T item = items.get(i);
      String itemId = id.apply(item);
      Classification c = classifier.apply(item);
      classes.add(c);
      candidates.add(
          new Candidate(
              itemId,
              owner.apply(item),
              c.category(),
              request.overrides().picked(itemId),
              standing(itemId, excluded.get(i), flagged.apply(item), request)));
    }
    List<Decision> decisions = new DiversitySelector(caps).select(candidates, size);

    List<Considered<T>> considered = new ArrayList<>(items.size());
    int rank = 0;
    for (int place = 0; place < byRank.size(); place++) {
      int i = byRank.get(place);
      Candidate c = candidates.get(place);
      Decision d = decisions.get(place);
      Outcome outcome =
          !d.selected() ? Outcome.PASSED_OVER : c.picked() ? Outcome.PICKED : Outcome.SELECTED;
      considered.add(
          new Considered<>(
              items.get(i),
              c.id(),
              classes.get(place),
              cards.get(i),
              place + 1,
              outcome,
              d.selected() ? ++rank : 0,
              d.reasons()));
    }
    return considered;
  }

  /** Reasons that keep a candidate out however the list fills up; only a pick overrides them. */
  private static List<PassOver> standing(
      String id, List<PassOver> excluded, List<PassOver> flagged, RankRequest request) {
    List<PassOver> reasons = new ArrayList<>(excluded);
    reasons.addAll(flagged);
    if (request.overrides().dropped(id)) {
      reasons.add(new PassOver.DroppedByEditor());
    }
    if (!request.allowRepeats()) {
      request
          .featuredBefore(id)
          .ifPresent(month -> reasons.add(new PassOver.FeaturedBefore(month)));
    }
    return reasons;
  }

  /**
   * @param place position among all the candidates by score, from 1
   * @param rank on the shortlist from 1, or 0 when not on it
   */
  record Considered<T>(
      T item,
      String id,
      Classification classification,
      ScoreCard card,
      int place,
      Outcome outcome,
      int rank,
      List<PassOver> reasons) {}
}
