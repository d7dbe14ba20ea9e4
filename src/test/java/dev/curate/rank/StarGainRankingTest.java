package dev.curate.rank;

import static dev.curate.rank.Candidates.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.config.ScoringSettings.ThreadWeights;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stars-gained signal: its score, unknown gains, and trending candidates' eligibility. */
class StarGainRankingTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant RANKED = Instant.parse("2018-12-02T00:00:00Z");
  private static final ScoringSettings LEANING_ON_GAINS =
      new ScoringSettings(new RepoWeights(0.3, 0.1, 0.6), new ThreadWeights(0.6, 0.4));

  private static StarGain gained(int stars) {
    return StarGain.measured(stars, StarGainMethod.HISTORY, List.of(), RANKED);
  }

  @Test
  void starsGainedAreLogScaledAgainstTheMonthsLargestGain() {
    Repo big = repo("a/big", 1000, 100);
    Repo grower = repo("b/grower", 1000, 100);
    List<ScoreCard> cards =
        new Scoring(LEANING_ON_GAINS)
            .repoCards(
                List.of(big, grower),
                List.of(big, grower),
                Map.of(big.id(), gained(9), grower.id(), gained(99)));

    ScoreComponent growerGain = cards.get(1).components().get(0);
    assertThat(growerGain.signal()).isEqualTo("starsGained");
    assertThat(growerGain.monthMax()).isEqualTo(99);
    assertThat(growerGain.normalised()).isEqualTo(1.0);
    assertThat(cards.get(0).components().get(0).normalised())
        .isCloseTo(Math.log(10) / Math.log(100), within(1e-12));
    assertThat(cards.get(1).score()).isGreaterThan(cards.get(0).score());
    assertThat(cards.get(1).score()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void anUnknownGainCountsAsNoneAndSaysSo() {
    Repo measured = repo("a/measured", 500, 50);
    Repo unknown = repo("b/unknown", 500, 50);
    List<ScoreCard> cards =
        new Scoring(LEANING_ON_GAINS)
            .repoCards(
                List.of(measured, unknown),
                List.of(measured, unknown),
                Map.of(measured.id(), gained(0)));

    ScoreComponent component = cards.get(1).components().get(0);
    assertThat(component.known()).isFalse();
    assertThat(component.value()).isZero();
    assertThat(cards.get(1).score())
        .isCloseTo(cards.get(0).score(), within(1e-12))
        .isCloseTo(0.4, within(1e-12));
  }

  @Test
  void aZeroWeightLeavesTheSignalOutOfTheCard() {
    Repo r = repo("a/one", 10, 1);
    List<ScoreCard> cards =
        new Scoring(new ScoringSettings(new RepoWeights(0.8, 0.2), new ThreadWeights(1, 1)))
            .repoCards(List.of(r), List.of(r), Map.of(r.id(), gained(5)));
    assertThat(cards.get(0).components())
        .extracting(ScoreComponent::signal)
        .containsExactly("stars", "forks");
  }

  @Test
  void aTrendingRepositoryIsEligibleOnlyWithAMeasuredGain() {
    Repo old = repo("a/old", 50_000, 9_000, Instant.parse("2016-03-01T00:00:00Z"), false, false);
    Repo later = repo("a/later", 50, 9, Instant.parse("2018-12-05T00:00:00Z"), false, false);
    Eligibility withGain =
        new Eligibility(NOVEMBER, Map.of(old.id(), gained(800), later.id(), gained(0)));
    assertThat(withGain.isEligible(old)).isTrue();
    assertThat(withGain.reasonsToExclude(later))
        .containsExactly(ExclusionReason.CREATED_OUTSIDE_MONTH);
    assertThat(new Eligibility(NOVEMBER).reasonsToExclude(old))
        .containsExactly(ExclusionReason.CREATED_OUTSIDE_MONTH);
  }

  @Test
  void theRankerLetsStarsGainedDecideAndPutsTheGainOnTheShortlist() {
    Repo old = repo("a/old", 50_000, 9_000, Instant.parse("2016-03-01T00:00:00Z"), false, false);
    Repo fresh = repo("b/fresh", 3_000, 200);
    Repo quiet =
        repo("c/quiet", 20_000, 3_000, Instant.parse("2017-01-01T00:00:00Z"), false, false);
    RankRequest request =
        RankRequest.of(NOVEMBER, List.of(old, fresh, quiet), List.of(), 3, 0, RANKED)
            .withDiversity(false)
            .withStarGains(Map.of(old.id(), gained(150), fresh.id(), gained(2_900)));

    Ranking ranking = new Ranker(LEANING_ON_GAINS).rank(request);

    assertThat(ranking.shortlist().repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("b/fresh", "a/old");
    assertThat(ranking.shortlist().repos())
        .extracting(RankedRepo::starGain)
        .containsExactly(gained(2_900), gained(150));
    String explained = new ExplanationFormatter().format(ranking);
    assertThat(explained).contains("starsGained 2900 (month's max 2900) -> 1.0000 x 0.6");
  }

  @Test
  void theExplanationShowsAnUnknownGain() {
    Repo known = repo("a/known", 100, 10);
    Repo unknown = repo("b/unknown", 90, 9);
    Ranking ranking =
        new Ranker(LEANING_ON_GAINS)
            .rank(
                RankRequest.of(NOVEMBER, List.of(known, unknown), List.of(), 2, 0, RANKED)
                    .withDiversity(false)
                    .withStarGains(Map.of(known.id(), gained(40))));
    assertThat(new ExplanationFormatter().format(ranking))
        .contains("starsGained unknown (month's max 40) -> counts as 0 x 0.6");
  }
}
