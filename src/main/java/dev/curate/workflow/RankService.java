package dev.curate.workflow;

import dev.curate.config.ShortlistSettings;
import dev.curate.enrich.ReadmeProse;
import dev.curate.github.Lookups;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.Readme;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import dev.curate.rank.CandidateId;
import dev.curate.rank.PassOver;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ranks a month's stored candidates with the editor's overrides, the series' memory, the stored
 * READMEs, stars gained, star events and stargazers, and saves the shortlist in place of the
 * previous one. With a {@link WatcherSource}, it first asks GitHub for the watchers of the few
 * repositories whose stars burst and whose watchers are not known yet, and keeps them.
 */
public final class RankService {
  private final Store store;
  private final Ranker ranker;
  private final ShortlistSettings defaults;
  private final Clock clock;
  private final Optional<Watchers> watchers;

  public RankService(Store store, Ranker ranker, ShortlistSettings defaults, Clock clock) {
    this(store, ranker, defaults, clock, Optional.empty());
  }

  private RankService(
      Store store,
      Ranker ranker,
      ShortlistSettings defaults,
      Clock clock,
      Optional<Watchers> watchers) {
    this.store = store;
    this.ranker = ranker;
    this.defaults = defaults;
    this.clock = clock;
    this.watchers = watchers;
  }

  /**
   * The same service, asking {@code source} for the watchers of the month's bursting repositories
   * whose watchers are not known ({@link Ranker#watchersWanted}, at most {@code
   * starBurst.watchers.lookUp}, one request each), before it ranks. What GitHub gives is kept, so a
   * repository is asked once. A look-up that fails costs its signal, never the ranking.
   *
   * @param progress told what is asked for
   * @param warn told, one line each, what could not be asked
   */
  public RankService withWatchers(
      WatcherSource source, Consumer<String> progress, Consumer<String> warn) {
    return new RankService(
        store, ranker, defaults, clock, Optional.of(new Watchers(source, progress, warn)));
  }

  private record Watchers(WatcherSource source, Consumer<String> progress, Consumer<String> warn) {}

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

  /**
   * A published month's shortlist as saved, which rank shows instead of recomputing it: a re-rank
   * after publishing would silently rewrite what the issue featured.
   */
  public record AsPublished(Publication publication, Shortlist shortlist) {}

  /** The month rank works on: the one asked for, else the one most recently fetched. */
  public CalendarMonth month(Optional<CalendarMonth> asked) {
    return MonthChoice.resolve(store, asked);
  }

  /** The month's saved shortlist when the month was published; empty otherwise. */
  public Optional<AsPublished> asPublished(CalendarMonth month) {
    return store.publications().stream()
        .filter(p -> p.month().equals(month))
        .findFirst()
        .flatMap(p -> store.shortlist(month).map(s -> new AsPublished(p, s)));
  }

  /** Ranks the month and saves its shortlist in place of the previous one. */
  public Ranking rank(Options options) {
    askAndSaveWatchers(options);
    Ranking ranking = ranking(options);
    store.saveShortlist(ranking.shortlist());
    return ranking;
  }

  /**
   * Ranks the month as {@link #rank} does with the watchers already stored, and saves and sends
   * nothing.
   */
  public Ranking ranking(Options options) {
    CalendarMonth month = MonthChoice.resolve(store, options.month());
    return ranker.rank(request(month, store.repos(month), options));
  }

  /**
   * The month's candidates as the default {@code rank} (diversity on, no repeats, the configured
   * sizes) sees them, every one scored exactly as {@code rank} scores, filtered by the query; what
   * {@code curate candidates} shows. Saves and sends nothing.
   */
  public Candidates candidates(CandidateQuery query) {
    Options defaults =
        new Options(query.month(), OptionalInt.empty(), OptionalInt.empty(), true, false);
    return query.select(ranking(defaults));
  }

  /**
   * Asks GitHub, once per repository, for the watchers of the month's bursting repositories whose
   * watchers are unknown (search answers leave them out), and stores them, so the ranking that
   * follows weighs them. Only {@link #rank} asks: a ranking that saves nothing sends nothing.
   */
  private void askAndSaveWatchers(Options options) {
    CalendarMonth month = MonthChoice.resolve(store, options.month());
    store.saveWatchers(askWatchers(request(month, store.repos(month), options)));
  }

  /**
   * What keeps the candidate off the month's shortlist however it fills up, unless the editor picks
   * it: its exclusions and an earlier issue that featured it, as rank with its defaults sees them;
   * empty for an eligible candidate (or one the month does not have). Saves nothing.
   *
   * @param candidate its ID as rank prints it
   */
  public List<PassOver> standing(CalendarMonth month, String candidate) {
    Ranking ranking =
        ranking(
            new Options(Optional.of(month), OptionalInt.empty(), OptionalInt.empty(), true, false));
    String key = CandidateId.key(candidate);
    return Stream.concat(ranking.repoExplanations().stream(), ranking.threadExplanations().stream())
        .filter(e -> CandidateId.key(e.id()).equals(key))
        .findFirst()
        .map(
            e ->
                e.reasons().stream()
                    .filter(
                        r -> r instanceof PassOver.Excluded || r instanceof PassOver.FeaturedBefore)
                    .toList())
        .orElse(List.of());
  }

  private RankRequest request(CalendarMonth month, List<Repo> repos, Options options) {
    return RankRequest.of(
            month,
            repos,
            store.threads(month),
            options.repos().orElse(defaults.repos()),
            options.threads().orElse(defaults.threads()),
            clock.instant())
        .withDiversity(options.diversity())
        .withAllowRepeats(options.allowRepeats())
        .withOverrides(Overrides.of(store.overrides(month)))
        .withFeatured(SeriesMemory.featured(store.publications()))
        .withReadmes(prose(store.readmes(month)))
        .withStarGains(store.starGains(month))
        .withMonthlyStars(store.monthlyStars(month))
        .withStargazers(store.stargazers(month))
        .withThreadFigures(store.threadFigures(month));
  }

  /**
   * The watchers GitHub gives for the repositories the ranking wants them for, by repository id (a
   * repository renamed since the fetch answers under its new name, with the same id).
   */
  private Map<Long, Integer> askWatchers(RankRequest request) {
    if (watchers.isEmpty()) {
      return Map.of();
    }
    List<Repo> wanted = ranker.watchersWanted(request);
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Watchers w = watchers.get();
    List<String> names = wanted.stream().map(Repo::fullName).toList();
    w.progress()
        .accept(
            "github: asking for the watchers of "
                + (names.size() == 1 ? "a repository" : names.size() + " repositories")
                + " whose stars burst: "
                + String.join(", ", names));
    Lookups found = w.source().lookUp(names, names.size());
    for (String warning : found.warnings()) {
      w.warn()
          .accept(
              "warning: github: "
                  + warning
                  + "; their watchers stay unknown, so a star burst rests on the rest");
    }
    Set<Long> ids = wanted.stream().map(Repo::id).collect(Collectors.toSet());
    Map<Long, Integer> byId = new HashMap<>();
    for (Lookups.Found f : found.found()) {
      if (ids.contains(f.repo().id()) && f.repo().watchers() != null) {
        byId.put(f.repo().id(), f.repo().watchers());
      }
    }
    return byId;
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
