package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.events.EventsMonth;
import dev.curate.events.RepoStars;
import dev.curate.events.StarCounts;
import dev.curate.github.Lookups;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.rank.MlFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the names GH Archive's events counted into candidates, merged with what the searches found
 * (docs/scoring.md, "Only machine learning"; README.md, {@code fetch}):
 *
 * <ol>
 *   <li>The top {@code github.events.lookup} names are looked up on GitHub, one request each, but
 *       for those a search already found (its answer has the same fields).
 *   <li>A renamed repository answers under its current name with every name it was asked by: one
 *       candidate, its counts summed across its names. A repository a search found is the same
 *       candidate (by id), its counts attached. A deleted or private one (404) is skipped and
 *       counted as gone, and so is a name that now belongs to a repository created after the month
 *       (not the one the events counted).
 *   <li>A repository found by name only becomes a candidate when {@link MlFilter} keeps it: its
 *       topics, name and description, as the look-up answered them. Its README is not read for this
 *       (it would cost a request for each of hundreds of names): one that says nothing ML-specific
 *       of itself, or has no description, is left out.
 * </ol>
 *
 * Every candidate the events counted gets its month's and the three months before's counts ({@link
 * MonthlyStars}), for the gain ({@code events}) and the breakout signal.
 */
final class EventCandidates {
  /** Names shown in the progress line of what the ML filter left out. */
  private static final int NAMED = 5;

  private EventCandidates() {}

  /**
   * @param repos the candidates: the searches' first, then those found by name only
   * @param monthly the events' counts of each candidate they counted, by repository id
   * @param eventNames the names the events counted each candidate under, as GH Archive spells them
   *     (more than one for a renamed repository), by repository id
   * @param coverage what the events gave, for the coverage
   * @param lookups what the look-ups gave (their cost and warnings included)
   * @param warnings the merge's own warnings
   */
  record Merged(
      List<Repo> repos,
      Map<Long, MonthlyStars> monthly,
      Map<Long, List<String>> eventNames,
      EventsCoverage coverage,
      Lookups lookups,
      List<String> warnings) {}

  /**
   * @throws CurateException when the look-ups stopped at rejected credentials (exit 4), as the
   *     searches would, or an interrupt
   */
  static Merged merge(
      CalendarMonth month,
      EventsMonth events,
      List<Repo> searched,
      GitHubEvents source,
      Consumer<String> progress) {
    StarCounts counts = events.counts();
    Map<String, Repo> searchedByName = new HashMap<>();
    searched.forEach(r -> searchedByName.put(key(r.fullName()), r));

    List<String> toAsk = new ArrayList<>();
    Set<String> chosen = new LinkedHashSet<>();
    for (RepoStars row : counts.repos()) {
      if (chosen.size() >= source.settings().lookup()) {
        break;
      }
      if (chosen.add(key(row.name())) && !searchedByName.containsKey(key(row.name()))) {
        toAsk.add(row.name());
      }
    }
    Lookups lookups = toAsk.isEmpty() ? Lookups.NONE : source.lookUp().lookUp(toAsk, toAsk.size());
    if (lookups.stoppedBy().isPresent()) {
      CurateException stop = lookups.stoppedBy().get();
      if (stop.exitCode() == ExitCode.CREDENTIALS || stop.exitCode() == ExitCode.INTERRUPTED) {
        throw stop;
      }
    }
    if (lookups.asked() > 0) {
      progress.accept("github: " + lookups.summary());
    }

    Map<Long, Repo> candidates = new LinkedHashMap<>();
    Map<Long, List<String>> names = new HashMap<>();
    for (Repo repo : searched) {
      candidates.putIfAbsent(repo.id(), repo);
      names.computeIfAbsent(repo.id(), id -> new ArrayList<>()).add(repo.fullName());
    }
    List<String> warnings = new ArrayList<>();
    List<String> newer = new ArrayList<>();
    List<String> notMl = new ArrayList<>();
    int foundByName = 0;
    int keptAsMl = 0;
    for (Lookups.Found found : lookups.found()) {
      Repo repo = found.repo();
      if (candidates.containsKey(repo.id())) {
        // A search found it under its current name; the events knew it by an older one.
        names.get(repo.id()).addAll(found.names());
        continue;
      }
      foundByName++;
      if (repo.createdAt() != null && !repo.createdAt().isBefore(month.end())) {
        newer.add(String.join(", ", found.names()) + " (now " + repo.fullName() + ")");
        continue;
      }
      MlFilter.Verdict verdict = source.filter().check(repo, null);
      if (!verdict.keep()) {
        notMl.add(repo.fullName() + " (" + verdict.describe() + ")");
        continue;
      }
      keptAsMl++;
      candidates.put(repo.id(), repo);
      names.computeIfAbsent(repo.id(), id -> new ArrayList<>()).addAll(found.names());
    }
    if (!newer.isEmpty()) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "skipped %d %s the events counted that now %s a repository created after %s, not"
                  + " the one starred then: %s",
              newer.size(),
              newer.size() == 1 ? "name" : "names",
              newer.size() == 1 ? "names" : "name",
              month,
              String.join("; ", newer)));
    }
    if (foundByName > 0) {
      progress.accept(mlLine(foundByName, keptAsMl, notMl));
    }

    Map<String, RepoStars> byName = new HashMap<>();
    Map<String, List<String>> spellings = new HashMap<>();
    for (RepoStars row : counts.repos()) {
      byName.merge(key(row.name()), row, EventCandidates::sum);
      spellings.computeIfAbsent(key(row.name()), k -> new ArrayList<>()).add(row.name());
    }
    Map<Long, MonthlyStars> monthly = new LinkedHashMap<>();
    Map<Long, List<String>> eventNames = new LinkedHashMap<>();
    for (Map.Entry<Long, List<String>> e : names.entrySet()) {
      RepoStars total = null;
      List<String> spelled = new ArrayList<>();
      for (String name :
          new LinkedHashSet<>(e.getValue().stream().map(EventCandidates::key).toList())) {
        RepoStars row = byName.get(name);
        if (row != null) {
          total = total == null ? row : sum(total, row);
          spelled.addAll(spellings.get(name));
        }
      }
      if (total != null) {
        monthly.put(e.getKey(), monthlyStars(total, counts.earlierCounted()));
        eventNames.put(e.getKey(), List.copyOf(spelled));
      }
    }
    // Whether the lone stargazers are counted is known only later (LoneStargazerCount).
    EventsCoverage coverage =
        new EventsCoverage(
            events.engine(),
            events.endpoint(),
            events.lastEventAt().orElse(null),
            counts.repos().size(),
            lookups.asked(),
            keptAsMl,
            lookups.renamed(),
            lookups.gone().size() + newer.size(),
            events.missingHours(),
            counts.lowerBound(),
            null);
    return new Merged(
        List.copyOf(candidates.values()),
        monthly,
        eventNames,
        coverage,
        lookups,
        List.copyOf(warnings));
  }

  /** "github: 3 of 4 repositories found by name are machine learning; left out: ...". */
  private static String mlLine(int found, int kept, List<String> notMl) {
    String line =
        String.format(
            Locale.ROOT,
            "github: %d of %d %s found by name %s machine learning and became candidates",
            kept,
            found,
            found == 1 ? "repository" : "repositories",
            kept == 1 ? "is" : "are");
    if (notMl.isEmpty()) {
      return line;
    }
    String more =
        notMl.size() > NAMED
            ? String.format(Locale.ROOT, " and %d more", notMl.size() - NAMED)
            : "";
    return line
        + "; left out: "
        + String.join("; ", notMl.subList(0, Math.min(NAMED, notMl.size())))
        + more;
  }

  /** GitHub compares names ignoring case, and so do the events' names here. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Two names' counts of one repository, month by month. */
  private static RepoStars sum(RepoStars a, RepoStars b) {
    List<Long> earlier = new ArrayList<>();
    if (!a.earlier().isEmpty() && !b.earlier().isEmpty()) {
      for (int k = 0; k < a.earlier().size(); k++) {
        earlier.add(a.earlier().get(k) + b.earlier().get(k));
      }
    }
    return new RepoStars(a.name(), a.repoId(), a.stars() + b.stars(), earlier);
  }

  private static MonthlyStars monthlyStars(RepoStars stars, boolean earlierCounted) {
    if (!earlierCounted || stars.earlier().isEmpty()) {
      return MonthlyStars.monthOnly(count(stars.stars()));
    }
    return new MonthlyStars(
        count(stars.stars()),
        count(stars.earlier().get(0)),
        count(stars.earlier().get(1)),
        count(stars.earlier().get(2)));
  }

  /** No repository gets two billion stars a month; a count past that is held at the most. */
  private static int count(long stars) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, stars));
  }
}
