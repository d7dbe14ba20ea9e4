package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A month read through GH Archive's events, ranked with the shipped configuration: the evergreen
 * giants gain thousands of stars as every month, and the default shortlist must still hold the
 * month's best new repositories and genuine breakouts. Names, descriptions and topics are the
 * repositories' own; the star figures are illustrative, in the proportions of November 2018.
 */
class BreakoutRankingTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant RANKED_AT = Instant.parse("2018-12-02T09:30:00Z");
  private static final CurateConfig SHIPPED = new ConfigLoader().load(Optional.empty(), Map.of());

  private final List<Repo> repos = new ArrayList<>();
  private final Map<Long, StarGain> gains = new HashMap<>();
  private final Map<Long, MonthlyStars> monthly = new HashMap<>();

  /** One repository with the stars the events counted in November and the three months before. */
  private void counted(
      String fullName,
      String createdAt,
      int stars,
      int forks,
      String description,
      List<String> topics,
      int november,
      int october,
      int september,
      int august) {
    Repo repo =
        RepoBuilder.repo(fullName)
            .id(repos.size() + 1)
            .createdAt(createdAt)
            .stars(stars)
            .forks(forks)
            .description(description)
            .topics(topics)
            .build();
    repos.add(repo);
    gains.put(repo.id(), StarGain.measured(november, StarGainMethod.EVENTS, List.of(), RANKED_AT));
    monthly.put(repo.id(), new MonthlyStars(november, october, september, august));
  }

  private void november2018() {
    // The giants: a month like every month for them.
    counted(
        "tensorflow/tensorflow",
        "2015-11-07T01:19:20Z",
        185_000,
        74_000,
        "An Open Source Machine Learning Framework for Everyone",
        List.of("deep-learning", "machine-learning", "tensorflow", "python"),
        3000,
        3000,
        3000,
        3000);
    counted(
        "pytorch/pytorch",
        "2016-08-13T05:26:41Z",
        80_000,
        21_000,
        "Tensors and Dynamic neural networks in Python with strong GPU acceleration",
        List.of("deep-learning", "gpu", "machine-learning", "neural-network"),
        2400,
        2300,
        2200,
        2500);
    counted(
        "keras-team/keras",
        "2015-03-28T00:35:42Z",
        60_000,
        19_000,
        "Deep Learning for humans",
        List.of("deep-learning", "machine-learning", "neural-networks", "tensorflow"),
        1500,
        1500,
        1600,
        1400);
    counted(
        "opencv/opencv",
        "2012-07-19T09:40:17Z",
        70_000,
        50_000,
        "Open Source Computer Vision Library",
        List.of("computer-vision", "image-processing", "c-plus-plus"),
        900,
        950,
        880,
        900);
    counted(
        "scikit-learn/scikit-learn",
        "2010-08-17T09:43:38Z",
        60_000,
        25_000,
        "scikit-learn: machine learning in Python",
        List.of("machine-learning", "python", "statistics", "data-science"),
        1100,
        1000,
        1100,
        1150);
    // The month's new repositories: no months before them.
    counted(
        "hanxiao/bert-as-service",
        "2018-11-12T09:41:22Z",
        12_000,
        2_000,
        "Mapping a variable-length sentence to a fixed-length vector using BERT model",
        List.of("bert", "nlp", "deep-learning"),
        5000,
        0,
        0,
        0);
    counted(
        "openai/spinningup",
        "2018-11-07T17:58:29Z",
        9_806,
        2_181,
        "An educational resource to help anyone learn deep reinforcement learning.",
        List.of("deep-learning", "reinforcement-learning"),
        4000,
        0,
        0,
        0);
    counted(
        "fewshot-lab/few-shot-detection",
        "2018-11-03T10:00:00Z",
        1_500,
        300,
        "Few-shot object detection with meta-learned feature reweighting",
        List.of("object-detection", "pytorch"),
        700,
        0,
        0,
        0);
    // Created just before the month, and an older one that took off in it.
    counted(
        "NVIDIA/waveglow",
        "2018-10-29T17:24:29Z",
        2_200,
        530,
        "A Flow-based Generative Network for Speech Synthesis",
        List.of(),
        900,
        120,
        0,
        0);
    counted(
        "aerial-lab/graph-detector",
        "2017-05-02T08:00:00Z",
        5_000,
        800,
        "Object detection in aerial images with graph neural networks",
        List.of("object-detection", "graph-neural-networks"),
        2000,
        50,
        50,
        50);
  }

  private RankRequest request() {
    return RankRequest.of(NOVEMBER, repos, List.of(), 5, 5, RANKED_AT)
        .withStarGains(gains)
        .withMonthlyStars(monthly);
  }

  private static List<String> names(Ranking ranking) {
    return ranking.shortlist().repos().stream().map(r -> r.repo().fullName()).toList();
  }

  @Test
  void theDefaultShortlistHoldsTheNewRepositoriesAndBreakoutsNotTheGiantsOrdinaryMonths() {
    november2018();
    Ranker ranker = new Ranker(SHIPPED.scoring(), RankRules.from(SHIPPED));

    Ranking ranking = ranker.rank(request());

    assertThat(names(ranking))
        .containsExactly(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "aerial-lab/graph-detector",
            "NVIDIA/waveglow",
            "fewshot-lab/few-shot-detection");
    RankedRepo riser = ranking.shortlist().repos().get(2);
    assertThat(riser.breakout()).isEqualTo(Math.log(2100.0 / 150));
    assertThat(new ExplanationFormatter().format(ranking))
        .contains(
            "breakout 2.6391 = ln((2000 + 100) / (50 + 100)) (month's max 3.9318) -> 0.6712 x 0.6");
    Explanation tensorflow =
        ranking.repoExplanations().stream()
            .filter(e -> e.id().equals("tensorflow/tensorflow"))
            .findFirst()
            .orElseThrow();
    assertThat(tensorflow.outcome()).isEqualTo(Outcome.PASSED_OVER);
    assertThat(tensorflow.place()).isGreaterThan(5);
    assertThat(tensorflow.components())
        .filteredOn(c -> c.signal().equals("breakout"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isZero();
              assertThat(c.inputs()).isEqualTo("ln((3000 + 100) / (3000 + 100))");
            });
  }

  @Test
  void withoutTheBreakoutTheGiantsTakeTheShortlist() {
    november2018();
    RepoWeights shipped = SHIPPED.scoring().repos();
    ScoringSettings noBreakout =
        new ScoringSettings(
            new RepoWeights(shipped.stars(), shipped.forks(), shipped.starsGained(), 0),
            SHIPPED.scoring().threads());

    Ranking ranking = new Ranker(noBreakout, RankRules.from(SHIPPED)).rank(request());

    // What the signal prevents: every giant's ordinary month outranks the month's discoveries.
    assertThat(names(ranking)).contains("tensorflow/tensorflow", "pytorch/pytorch");
    assertThat(ranking.shortlist().repos().get(0).repo().fullName())
        .isEqualTo("tensorflow/tensorflow");
  }

  @Test
  void aGiantThatGenuinelyBrokeOutCompetesForAPlace() {
    november2018();
    // tensorflow's November at four times its usual: a breakout, not an ordinary month.
    Repo tensorflow = repos.get(0);
    gains.put(
        tensorflow.id(), StarGain.measured(12_000, StarGainMethod.EVENTS, List.of(), RANKED_AT));
    monthly.put(tensorflow.id(), new MonthlyStars(12_000, 3000, 3000, 3000));

    Ranking ranking = new Ranker(SHIPPED.scoring(), RankRules.from(SHIPPED)).rank(request());

    assertThat(names(ranking)).contains("tensorflow/tensorflow");
  }
}
