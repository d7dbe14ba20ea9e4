package dev.curate.rank;

import static dev.curate.rank.Candidates.repo;
import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.config.ScoringSettings.ThreadWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand (see docs/scoring.md), not by calling the code. */
class ScoringTest {
  static final ScoringSettings DEFAULTS =
      new ScoringSettings(new RepoWeights(0.8, 0.2), new ThreadWeights(0.6, 0.4));

  private final Scoring scoring = new Scoring(DEFAULTS);

  @Test
  void normaliseIsLogOfOnePlusValueOverLogOfOnePlusMax() {
    assertThat(Scoring.normalise(10, 100)).isCloseTo(Math.log(11) / Math.log(101), within(1e-12));
    assertThat(Scoring.normalise(10, 100)).isCloseTo(0.5195737065, within(1e-9));
    assertThat(Scoring.normalise(100, 100)).isEqualTo(1.0);
    assertThat(Scoring.normalise(0, 100)).isEqualTo(0.0);
  }

  @Test
  void normaliseIsZeroWhenTheMonthsMaximumIsZero() {
    assertThat(Scoring.normalise(0, 0)).isEqualTo(0.0);
  }

  @Test
  void repoScoresMatchHandComputedValues() {
    // A: 0.8·ln(101)/ln(101) + 0.2·ln(11)/ln(101) = 0.8 + 0.2·0.519574 = 0.903915
    // B: 0.8·0.519574 + 0.2·1 = 0.615659
    List<Double> scores = scoring.scoreRepos(List.of(repo("x/a", 100, 10), repo("x/b", 10, 100)));
    assertThat(scores.get(0)).isCloseTo(0.9039147413, within(1e-9));
    assertThat(scores.get(1)).isCloseTo(0.6156589652, within(1e-9));
  }

  @Test
  void threadScoresMatchHandComputedValues() {
    // T1: 0.6·1 + 0.4·ln(288)/ln(521) = 0.6 + 0.4·0.905241 = 0.962096
    // T2: 0.6·ln(41)/ln(113) + 0.4·1 = 0.6·0.785544 + 0.4 = 0.871327
    List<Double> scores =
        scoring.scoreThreads(List.of(thread("t1", 112, 287), thread("t2", 40, 520)));
    assertThat(scores.get(0)).isCloseTo(0.9620963397, within(1e-9));
    assertThat(scores.get(1)).isCloseTo(0.8713265180, within(1e-9));
  }

  @Test
  void theLeaderOnEverySignalScoresOne() {
    List<Double> scores =
        scoring.scoreRepos(List.of(repo("x/a", 5000, 900), repo("x/b", 20, 3), repo("x/c", 0, 0)));
    assertThat(scores).containsExactly(1.0, scores.get(1), 0.0);
    assertThat(scores.get(1)).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void negativeRedditScoresCountAsZero() {
    // 0.6·ln(11)/ln(113) + 0.4·0 = 0.6·0.507235 = 0.304341; the -50 does not lower anyone's max.
    List<Double> scores =
        scoring.scoreThreads(List.of(thread("t1", 112, 287), thread("t3", 10, -50)));
    assertThat(scores.get(1)).isCloseTo(0.3043408366, within(1e-9));
    assertThat(scores.get(0)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void unknownCommentsOrScoreCountAsNoneAndSetNoMaximum() {
    // t2 has no num_comments, t3 no score (hostile or damaged answers): comments max 112 (t1),
    // upvotes max 520 (t2). t1 = 0.6 + 0.4·ln(288)/ln(521) = 0.962096; t2 = 0.4·1 = 0.4;
    // t3 = 0.6·ln(41)/ln(113) = 0.471326. And the explanation says "unknown", not 0.
    List<ScoreCard> cards =
        scoring.threadCards(
            List.of(thread("t1", 112, 287), thread("t2", null, 520), thread("t3", 40, null)),
            List.of(thread("t1", 112, 287), thread("t2", null, 520), thread("t3", 40, null)));

    assertThat(cards.get(0).score()).isCloseTo(0.9620963397, within(1e-9));
    assertThat(cards.get(1).score()).isCloseTo(0.4, within(1e-12));
    assertThat(cards.get(2).score()).isCloseTo(0.4713265180, within(1e-9));
    assertThat(cards.get(1).components().get(0))
        .satisfies(
            c -> {
              assertThat(c.signal()).isEqualTo("comments");
              assertThat(c.known()).isFalse();
              assertThat(c.monthMax()).isEqualTo(112);
            });
    assertThat(cards.get(2).components().get(1))
        .satisfies(
            c -> {
              assertThat(c.signal()).isEqualTo("upvotes");
              assertThat(c.known()).isFalse();
            });
  }

  @Test
  void aMonthWithNoActivityScoresEveryoneZero() {
    assertThat(scoring.scoreRepos(List.of(repo("x/a", 0, 0), repo("x/b", 0, 0))))
        .containsExactly(0.0, 0.0);
  }

  @Test
  void onlyTheRatioOfTheWeightsMatters() {
    Scoring scaled =
        new Scoring(new ScoringSettings(new RepoWeights(8, 2), new ThreadWeights(6, 4)));
    List<Double> a = scaled.scoreRepos(List.of(repo("x/a", 100, 10), repo("x/b", 10, 100)));
    assertThat(a.get(0)).isCloseTo(0.9039147413, within(1e-9));
  }

  @Test
  void rejectsWeightsThatSumToZero() {
    assertThatThrownBy(
            () -> new Scoring(new ScoringSettings(new RepoWeights(0, 0), new ThreadWeights(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scoring.repos");
  }

  @Test
  void rejectsNegativeWeights() {
    assertThatThrownBy(
            () -> new Scoring(new ScoringSettings(new RepoWeights(1, 1), new ThreadWeights(-1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scoring.threads");
  }
}
