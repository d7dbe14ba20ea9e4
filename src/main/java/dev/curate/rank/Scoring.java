package dev.curate.rank;

import dev.curate.config.ScoringSettings;
import dev.curate.model.MonthlyStars;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Scores a month's eligible candidates in [0, 1]; the formula and a worked example are in
 * docs/scoring.md. Each signal is log-scaled, because stars and comments are heavy-tailed and one
 * viral item would otherwise flatten everyone else to zero, then divided by the month's largest
 * value so that signals with different magnitudes can be weighted against each other.
 */
public final class Scoring {
  private final double starsGainedWeight;
  private final double breakoutWeight;
  private final double starsWeight;
  private final double forksWeight;
  private final double commentsWeight;
  private final double upvotesWeight;

  public Scoring(ScoringSettings settings) {
    this.starsGainedWeight = settings.repos().starsGained();
    this.breakoutWeight = settings.repos().breakout();
    this.starsWeight = settings.repos().stars();
    this.forksWeight = settings.repos().forks();
    this.commentsWeight = settings.threads().comments();
    this.upvotesWeight = settings.threads().upvotes();
    // The config validator checks this too; a Scoring built in code must not divide by zero.
    // The breakout takes part only in some months: the others must still have a weighted signal.
    requireUsable("scoring.repos", starsWeight, forksWeight, starsGainedWeight);
    requireUsable("scoring.repos", breakoutWeight, 1);
    requireUsable("scoring.threads", commentsWeight, upvotesWeight);
  }

  /** Scores in the order of the input: each repository against the others in the list. */
  public List<Double> scoreRepos(List<Repo> repos) {
    return scores(repoCards(repos, repos));
  }

  /** Scores in the order of the input: each thread against the others in the list. */
  public List<Double> scoreThreads(List<RedditThread> threads) {
    return scores(threadCards(threads, threads));
  }

  /**
   * Scores {@code items} in their order against the maxima of {@code population} (the month's
   * eligible repositories), with each signal's part. An item outside the population (an excluded
   * one that an editor picked) is capped at the population's maxima.
   */
  List<ScoreCard> repoCards(List<Repo> population, List<Repo> items) {
    return repoCards(population, items, Map.of());
  }

  /**
   * As {@link #repoCards(List, List)}, with the stars each repository gained in the month. An
   * unknown gain counts as none (docs/scoring.md, "Stars gained"): a candidate never ranks higher
   * for lacking a figure, and where no gain is known at all, stars and forks alone decide.
   */
  List<ScoreCard> repoCards(List<Repo> population, List<Repo> items, Map<Long, StarGain> gains) {
    return repoCards(population, items, gains, Map.of());
  }

  /**
   * As {@link #repoCards(List, List, Map)}, with the stars GH Archive counted in the month and the
   * three months before, for the breakout signal ({@link Breakout}). The signal takes part only
   * when one of {@code items} has a known breakout, so that a month read without events (no earlier
   * months counted) scores as it did before the signal existed; in a month read with them, a
   * candidate without a known breakout counts 0 for it, as an unknown gain does.
   */
  List<ScoreCard> repoCards(
      List<Repo> population,
      List<Repo> items,
      Map<Long, StarGain> gains,
      Map<Long, MonthlyStars> monthly) {
    Predicate<Repo> gainKnown = repo -> gains.getOrDefault(repo.id(), StarGain.UNKNOWN).known();
    ToDoubleFunction<Repo> gained = repo -> gainKnown.test(repo) ? gains.get(repo.id()).stars() : 0;
    List<Signal<Repo>> signals = new ArrayList<>();
    // Left out at weight 0, so that a configuration without it explains scores as before.
    if (starsGainedWeight > 0) {
      signals.add(Signal.count("starsGained", gained, starsGainedWeight, gainKnown));
    }
    signals.add(Signal.count("stars", Repo::stars, starsWeight, repo -> true));
    signals.add(Signal.count("forks", Repo::forks, forksWeight, repo -> true));
    Predicate<Repo> breakoutKnown = repo -> Breakout.of(monthly.get(repo.id())).isPresent();
    if (breakoutWeight > 0 && items.stream().anyMatch(breakoutKnown)) {
      signals.add(
          new Signal<>(
              "breakout",
              repo -> Breakout.of(monthly.get(repo.id())).orElse(0),
              breakoutWeight,
              breakoutKnown,
              Scoring::normaliseAboveZero,
              repo -> Breakout.inputs(monthly.get(repo.id()))));
    }
    return cards(population, items, signals);
  }

  /**
   * As {@link #repoCards}, for threads. A comment count or score the answer left out is unknown and
   * counts as none, as an unknown star gain does: the thread never ranks higher for lacking a
   * figure, and its unknown neither sets nor lowers the month's maximum.
   */
  List<ScoreCard> threadCards(List<RedditThread> population, List<RedditThread> items) {
    return cards(
        population,
        items,
        List.of(
            Signal.count("comments", Scoring::comments, commentsWeight, t -> t.comments() != null),
            Signal.count("upvotes", Scoring::upvotes, upvotesWeight, t -> t.score() != null)));
  }

  /**
   * Reddit's score can go below zero; a disliked thread counts as one nobody voted on. Unknown: 0.
   */
  static long upvotes(RedditThread thread) {
    return thread.score() == null ? 0 : Math.max(0, thread.score());
  }

  /** The comment count; 0 when unknown (only for ordering: scoring marks it unknown). */
  static long comments(RedditThread thread) {
    return thread.comments() == null ? 0 : Math.max(0, thread.comments());
  }

  /** {@code ln(1+x) / ln(1+max)}, 0 when the month's maximum is 0. */
  static double normalise(double value, double max) {
    if (max <= 0) {
      return 0;
    }
    double ratio = Math.log1p(Math.max(0, value)) / Math.log1p(max);
    return Math.min(1, ratio);
  }

  /**
   * {@code x / max} for a value that is already a logarithm (the breakout): below 0 (a month under
   * the repository's usual) counts as 0, and 0 when no candidate is above 0.
   */
  static double normaliseAboveZero(double value, double max) {
    if (max <= 0) {
      return 0;
    }
    return Math.min(1, Math.max(0, value) / max);
  }

  private static <T> List<ScoreCard> cards(
      List<T> population, List<T> items, List<Signal<T>> signals) {
    double[] max = new double[signals.size()];
    for (T item : population) {
      for (int s = 0; s < signals.size(); s++) {
        if (signals.get(s).known().test(item)) {
          max[s] = Math.max(max[s], signals.get(s).value().applyAsDouble(item));
        }
      }
    }
    double weightSum = 0;
    for (Signal<T> signal : signals) {
      weightSum += signal.weight();
    }
    List<ScoreCard> cards = new ArrayList<>(items.size());
    for (T item : items) {
      double sum = 0;
      List<ScoreComponent> components = new ArrayList<>(signals.size());
      for (int s = 0; s < signals.size(); s++) {
        Signal<T> signal = signals.get(s);
        if (!signal.known().test(item)) {
          components.add(ScoreComponent.unknown(signal.name(), max[s], signal.weight()));
          continue;
        }
        double value = signal.value().applyAsDouble(item);
        double norm = signal.scale().normalise(value, max[s]);
        sum += signal.weight() * norm;
        components.add(
            new ScoreComponent(
                signal.name(),
                value,
                max[s],
                norm,
                signal.weight(),
                true,
                signal.inputs().apply(item)));
      }
      cards.add(new ScoreCard(sum / weightSum, components));
    }
    return cards;
  }

  private static List<Double> scores(List<ScoreCard> cards) {
    return cards.stream().map(ScoreCard::score).toList();
  }

  /** How a signal's value becomes a part in [0, 1], given the month's maximum. */
  @FunctionalInterface
  private interface Scale {
    double normalise(double value, double max);
  }

  /**
   * @param known false for a candidate whose value is unknown: the signal counts 0 for it
   * @param inputs what {@code --explain} shows the value was computed from; null for a count
   */
  private record Signal<T>(
      String name,
      ToDoubleFunction<T> value,
      double weight,
      Predicate<T> known,
      Scale scale,
      Function<T, String> inputs) {

    /** A heavy-tailed count, log-scaled ({@link #normalise}). */
    static <T> Signal<T> count(
        String name, ToDoubleFunction<T> value, double weight, Predicate<T> known) {
      return new Signal<>(name, value, weight, known, Scoring::normalise, item -> null);
    }
  }

  private static void requireUsable(String key, double... weights) {
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(key + ": weights must be zero or more, got " + w);
      }
      sum += w;
    }
    if (sum == 0) {
      throw new IllegalArgumentException(key + ": at least one weight must be above zero");
    }
  }
}
