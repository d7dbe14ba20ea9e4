package dev.curate.workflow;

import dev.curate.config.ShortlistSettings;
import dev.curate.enrich.ReadmeProse;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Readme;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.rank.RankRequest;
import dev.curate.rank.Ranker;
import dev.curate.rank.Ranking;
import dev.curate.store.Store;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Ranks a month's stored candidates with the editor's overrides, the series' memory, the stored
 * READMEs, stars gained and star events, and saves the shortlist in place of the previous one.
 */
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

  /**
   * What {@code rank} was asked for.
   *
   * @param diversity false for {@code --no-diversity}
   * @param allowRepeats true for {@code --allow-repeats}
   */
  public record Options(
      Optional<CalendarMonth> month,
      OptionalInt repos,
      OptionalInt threads,
      boolean diversity,
      boolean allowRepeats) {}

  public Ranking rank(Options options) {
    Ranking ranking = ranker.rank(request(options));
    store.saveShortlist(ranking.shortlist());
    return ranking;
  }

  /**
   * The ranking {@link #rank} would make, every candidate with it, without saving anything: what
   * {@code curate candidates} shows, scored exactly as {@code rank} scores.
   */
  public Ranking consider(Options options) {
    return ranker.rank(request(options));
  }

  /**
   * The month's candidates as the default {@code rank} (diversity on, no repeats, the configured
   * sizes) sees them, filtered by the query; saves nothing.
   */
  public Candidates candidates(CandidateQuery query) {
    Options defaults =
        new Options(query.month(), OptionalInt.empty(), OptionalInt.empty(), true, false);
    return query.select(consider(defaults));
  }

  private RankRequest request(Options options) {
    CalendarMonth month = MonthChoice.resolve(store, options.month());
    RankRequest request =
        RankRequest.of(
                month,
                store.repos(month),
                store.threads(month),
                options.repos().orElse(defaults.repos()),
                options.threads().orElse(defaults.threads()),
                clock.instant())
            .withDiversity(options.diversity())
            .withAllowRepeats(options.allowRepeats())
            .withOverrides(Overrides.of(store.overrides(month)))
            .withFeatured(SeriesMemory.featured(store.publications()))
            .withReadmes(prose(store.readmes(month)));
    return request
        .withStarGains(store.starGains(month))
        .withMonthlyStars(store.monthlyStars(month))
        .withThreadFigures(store.threadFigures(month));
  }

  /**
   * Each of the month's repositories with a daily history of its stars gained (the star history or
   * the stargazer list; snapshots have no days), by {@code owner/name}: what {@code rank --explain}
   * draws as a sparkline.
   */
  public Map<String, List<Integer>> starsPerDay(CalendarMonth month) {
    Map<Long, StarGain> gains = store.starGains(month);
    Map<String, List<Integer>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Repo repo : store.repos(month)) {
      StarGain gain = gains.get(repo.id());
      if (gain != null && !gain.daily().isEmpty()) {
        byName.put(repo.fullName(), gain.daily());
      }
    }
    return byName;
  }

  /**
   * Rank reads words, not markup: each README as its prose ({@link ReadmeProse}), those without any
   * left out.
   */
  private static Map<Long, String> prose(Map<Long, Readme> readmes) {
    Map<Long, String> prose = new HashMap<>();
    readmes.forEach(
        (id, readme) -> {
          String words = ReadmeProse.of(readme);
          if (words != null) {
            prose.put(id, words);
          }
        });
    return prose;
  }
}
