package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.events.ClickHouseStargazers;
import dev.curate.events.EventsMonth;
import dev.curate.model.CalendarMonth;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The month's lone stargazers of the candidates a star-burst flag could concern (issue 17;
 * docs/scoring.md, "Bought stars"), asked of the events source in one query once the stars gained
 * are known: at most {@code starBurst.loneStargazers.ask} candidates, most stars gained first, of
 * those with at least {@code minStargazers} stars gained (fewer stars cannot make the stargazers
 * the signal needs). The query reads the month's star events once whatever the number of names, so
 * asking the top of the month rather than only the repositories that burst costs the same, and a
 * later {@code rank} with other burst thresholds still finds the counts.
 *
 * <p>A renamed repository is asked under every name the events counted it by, its counts summed
 * ({@link MonthStargazers#plus}). Hour files cannot tell a lone stargazer, and a month GH Archive
 * recorded unsoundly would read lost stars as lone ones: neither is asked, nor anything under
 * {@code ask: 0}, and the coverage says so ({@link GitHubEvents#loneStargazersNotAsked}). A failure
 * of the query under {@code auto} is one warning and the signal stays unknown; under {@code events}
 * it ends the fetch with its exit code, as every ClickHouse failure does there.
 */
final class LoneStargazerCount {
  /**
   * What the count gave.
   *
   * @param byRepoId the counts to store, by repository id
   * @param coverage whether they were counted, for the coverage
   * @param warnings the failure under {@code auto}, if any
   * @param cost the requests sent
   */
  record Counted(
      Map<Long, MonthStargazers> byRepoId,
      LoneStargazersCoverage coverage,
      List<String> warnings,
      EventsMonth.Cost cost) {
    static Counted nothing(LoneStargazersCoverage coverage) {
      return new Counted(Map.of(), coverage, List.of(), EventsMonth.Cost.NONE);
    }
  }

  private LoneStargazerCount() {}

  /**
   * @param required whether a failure ends the fetch ({@code events}) or is a warning ({@code
   *     auto})
   * @param eventNames the names the events counted each candidate under, by repository id
   * @throws CurateException under {@code events}, ClickHouse's failure with its exit code; an
   *     interrupt whatever the mode
   */
  static Counted count(
      CalendarMonth month,
      GitHubEvents events,
      boolean required,
      List<Repo> repos,
      Map<Long, StarGain> gains,
      Map<Long, List<String>> eventNames,
      Consumer<String> progress) {
    Optional<LoneStargazersCoverage> notAsked = events.loneStargazersNotAsked(month);
    if (notAsked.isPresent()) {
      return Counted.nothing(notAsked.get());
    }
    ClickHouseStargazers source = events.source().stargazers().orElseThrow();
    List<Repo> asked = wanted(repos, gains, events);
    if (asked.isEmpty()) {
      return Counted.nothing(
          new LoneStargazersCoverage(LoneStargazersCoverage.Status.COUNTED, 0, 0));
    }
    Map<Long, Set<String>> names = new LinkedHashMap<>();
    for (Repo repo : asked) {
      Set<String> its = new LinkedHashSet<>(eventNames.getOrDefault(repo.id(), List.of()));
      its.add(repo.fullName());
      names.put(repo.id(), its);
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "github: counting the lone stargazers of %s on ClickHouse at %s",
            repositories(asked.size()),
            source.server()));
    EventsMonth.Cost before = events.source().cost();
    Map<String, MonthStargazers> byName;
    try {
      byName = source.read(month, names.values().stream().flatMap(Set::stream).toList());
    } catch (CurateException e) {
      if (required || e.exitCode() == ExitCode.INTERRUPTED) {
        throw e;
      }
      return new Counted(
          Map.of(),
          new LoneStargazersCoverage(LoneStargazersCoverage.Status.FAILED, asked.size(), 0),
          List.of(
              "the lone stargazers of "
                  + repositories(asked.size())
                  + " were not counted, so that signal of a star burst is unknown: "
                  + e.getMessage()),
          events.source().cost().since(before));
    }
    Map<Long, MonthStargazers> byRepoId = new LinkedHashMap<>();
    names.forEach(
        (id, its) ->
            its.stream()
                .map(byName::get)
                .filter(Objects::nonNull)
                .reduce(MonthStargazers::plus)
                .ifPresent(c -> byRepoId.put(id, c)));
    return new Counted(
        byRepoId,
        new LoneStargazersCoverage(
            LoneStargazersCoverage.Status.COUNTED, asked.size(), byRepoId.size()),
        List.of(),
        events.source().cost().since(before));
  }

  /** The candidates asked for: enough stars gained, most first, at most {@code ask}. */
  static List<Repo> wanted(List<Repo> repos, Map<Long, StarGain> gains, GitHubEvents events) {
    int least = events.lone().minStargazers();
    List<Repo> enough = new ArrayList<>();
    for (Repo repo : repos) {
      StarGain gain = gains.getOrDefault(repo.id(), StarGain.UNKNOWN);
      if (gain.known() && gain.stars() >= least) {
        enough.add(repo);
      }
    }
    return enough.stream()
        .sorted(
            Comparator.comparingInt((Repo r) -> gains.get(r.id()).stars())
                .reversed()
                .thenComparing(Repo::fullName))
        .limit(events.lone().ask())
        .toList();
  }

  private static String repositories(int n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "repository" : "repositories");
  }
}
