package dev.curate.rank;

import static dev.curate.rank.Candidates.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.config.ScoringSettings.ThreadWeights;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The breakout signal: its formula and damping, and its part in a score. */
class BreakoutTest {
  private static final ScoringSettings WITH_BREAKOUT =
      new ScoringSettings(new RepoWeights(0.3, 0.1, 0.6, 0.6), new ThreadWeights(0.6, 0.4));

  private static double breakout(int month, Integer one, Integer two, Integer three) {
    return Breakout.of(new MonthlyStars(month, one, two, three)).orElseThrow();
  }

  @Test
  void anOrdinaryMonthForAGiantIsNoBreakout() {
    assertThat(breakout(3000, 3000, 3000, 3000)).isZero();
    // Within its own range: a little above or below its usual is near 0 either way.
    assertThat(breakout(3300, 2900, 3100, 3000)).isCloseTo(Math.log(3400.0 / 3100), within(1e-12));
    assertThat(breakout(3300, 2900, 3100, 3000)).isLessThan(0.1);
  }

  @Test
  void aMonthFarAboveTheThreeBeforeIsABreakoutWhateverTheSize() {
    assertThat(breakout(2000, 50, 50, 50)).isCloseTo(Math.log(2100.0 / 150), within(1e-12));
    assertThat(breakout(2000, 50, 50, 50)).isCloseTo(2.6391, within(1e-4));
    // A new repository has no months before: 0 stars in each.
    assertThat(breakout(5000, 0, 0, 0)).isCloseTo(Math.log(51), within(1e-12));
  }

  @Test
  void smallCountsAreDampedSoThatTwentyStarsAfterOneIsNoBreakout() {
    assertThat(breakout(20, 1, 1, 1)).isCloseTo(Math.log(120.0 / 101), within(1e-12));
    assertThat(breakout(20, 1, 1, 1)).isLessThan(0.2);
    assertThat(breakout(300, 0, 0, 0)).isCloseTo(Math.log(4), within(1e-12));
  }

  @Test
  void aMonthBelowItsUsualIsNegative() {
    assertThat(breakout(1000, 3000, 3000, 3000)).isCloseTo(Math.log(1100.0 / 3100), within(1e-12));
  }

  @Test
  void itIsUnknownUnlessAllThreeMonthsBeforeWereCounted() {
    assertThat(Breakout.of(MonthlyStars.monthOnly(2000))).isEmpty();
    assertThat(Breakout.of(new MonthlyStars(2000, 50, 50, null))).isEmpty();
    assertThat(Breakout.of(null)).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void itsInputsAreShownAsTheFormulaWithTheRepositorysFigures() {
    assertThat(Breakout.inputs(new MonthlyStars(2000, 50, 50, 50)))
        .isEqualTo("ln((2000 + 100) / (50 + 100))");
    assertThat(Breakout.inputs(new MonthlyStars(2000, 40, 50, 52)))
        .isEqualTo("ln((2000 + 100) / (47.3 + 100))");
  }

  @Test
  void inAMonthWithCountsItIsScoredAgainstTheLargestBreakoutAndUnknownCountsAsNone() {
    Repo giant = repo("a/giant", 100_000, 20_000);
    Repo riser = repo("b/riser", 5_000, 500);
    Repo uncounted = repo("c/uncounted", 5_000, 500);
    Map<Long, StarGain> gains =
        Map.of(
            giant.id(), events(3000),
            riser.id(), events(2000),
            uncounted.id(), events(2000));
    Map<Long, MonthlyStars> monthly =
        Map.of(
            giant.id(), new MonthlyStars(3000, 3000, 3000, 3000),
            riser.id(), new MonthlyStars(2000, 50, 50, 50));
    List<Repo> all = List.of(giant, riser, uncounted);

    List<ScoreCard> cards = new Scoring(WITH_BREAKOUT).repoCards(all, all, gains, monthly);

    ScoreComponent riserBreakout = breakoutOf(cards.get(1));
    assertThat(riserBreakout.value()).isCloseTo(Math.log(2100.0 / 150), within(1e-12));
    assertThat(riserBreakout.monthMax()).isEqualTo(riserBreakout.value());
    assertThat(riserBreakout.normalised()).isEqualTo(1.0);
    assertThat(riserBreakout.weight()).isEqualTo(0.6);
    assertThat(riserBreakout.inputs()).isEqualTo("ln((2000 + 100) / (50 + 100))");
    assertThat(breakoutOf(cards.get(0)).normalised()).isZero();
    assertThat(breakoutOf(cards.get(2)).known()).isFalse();
    // The same repository, counted or not: the breakout is what sets them apart.
    assertThat(cards.get(1).score() - cards.get(2).score())
        .isCloseTo(0.6 / (0.3 + 0.1 + 0.6 + 0.6), within(1e-12));
  }

  @Test
  void aMonthWithoutCountsScoresAsBeforeTheSignalExisted() {
    Repo a = repo("a/one", 900, 40);
    Repo b = repo("b/two", 100, 4);
    List<Repo> both = List.of(a, b);
    Map<Long, StarGain> gains = Map.of(a.id(), events(300), b.id(), events(50));

    List<ScoreCard> withWeight = new Scoring(WITH_BREAKOUT).repoCards(both, both, gains, Map.of());
    List<ScoreCard> without =
        new Scoring(
                new ScoringSettings(new RepoWeights(0.3, 0.1, 0.6), new ThreadWeights(0.6, 0.4)))
            .repoCards(both, both, gains);

    assertThat(withWeight).isEqualTo(without);
    assertThat(withWeight.get(0).components())
        .extracting(ScoreComponent::signal)
        .containsExactly("starsGained", "stars", "forks");
  }

  @Test
  void aZeroWeightLeavesTheSignalOutEvenWithCounts() {
    Repo a = repo("a/one", 900, 40);
    List<ScoreCard> cards =
        new Scoring(ScoringTest.DEFAULTS)
            .repoCards(
                List.of(a), List.of(a), Map.of(), Map.of(a.id(), new MonthlyStars(10, 1, 1, 1)));
    assertThat(cards.get(0).components())
        .extracting(ScoreComponent::signal)
        .containsExactly("stars", "forks");
  }

  private static ScoreComponent breakoutOf(ScoreCard card) {
    return card.components().stream()
        .filter(c -> c.signal().equals("breakout"))
        .findFirst()
        .orElseThrow();
  }

  private static StarGain events(int stars) {
    return StarGain.measured(stars, StarGainMethod.EVENTS, List.of(), Instant.EPOCH);
  }
}
