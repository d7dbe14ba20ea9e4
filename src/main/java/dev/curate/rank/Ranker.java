package dev.curate.rank;

import dev.curate.config.ScoringSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.rank.CandidatePool.Considered;
import dev.curate.rank.DiversitySelector.Caps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores a month's candidates, classifies them and fills a balanced shortlist, honouring the
 * editor's picks, drops and notes and the series' memory of earlier months. Pure: no I/O, no clock
 * (the request carries {@code rankedAt}), so the same request always gives the same ranking. The
 * steps are in docs/scoring.md.
 */
public final class Ranker {
  private final Scoring scoring;
  private final AreaClassifier areas;
  private final ThreadKindClassifier kinds;
  private final JunkFilter junk;
  private final Caps repoCaps;
  private final StarBurst starBurst;
  private final NotRefreshed notRefreshed = new NotRefreshed();

  /** Scoring only: no area or kind rules, no junk rules ({@link RankRules#BARE}). */
  public Ranker(ScoringSettings scoring) {
    this(scoring, RankRules.BARE);
  }

  public Ranker(ScoringSettings scoring, RankRules rules) {
    this.scoring = new Scoring(Objects.requireNonNull(scoring, "scoring"));
    this.areas = new AreaClassifier(rules.areas());
    this.kinds = new ThreadKindClassifier(rules.threadKinds());
    this.junk = new JunkFilter(rules.junk());
    this.repoCaps = new Caps(rules.diversity().maxPerOwner(), rules.diversity().maxPerArea());
    this.starBurst = new StarBurst(rules.starBurst());
  }

  /**
   * The plain ranking: the top candidates by score, without diversity, overrides or series memory
   * (junk rules still apply when the ranker has them).
   */
  public Shortlist rank(
      CalendarMonth month,
      List<Repo> repos,
      List<RedditThread> threads,
      int repoCount,
      int threadCount,
      Instant rankedAt) {
    return rank(RankRequest.of(month, repos, threads, repoCount, threadCount, rankedAt)
            .withDiversity(false))
        .shortlist();
  }

  public Ranking rank(RankRequest request) {
    Eligibility eligibility = new Eligibility(request.month(), request.starGains());
    Map<Long, String> bursts = burstFlags(request);
    CandidatePool<Repo> repoPool =
        new CandidatePool<>(
            CandidateId::of,
            Repo::owner,
            repo -> areas.classify(repo, request.readmes().get(repo.id())),
            repo -> repoExclusions(eligibility, repo, request.readmes().get(repo.id())),
            repo ->
                starBurst.passesOver() && bursts.containsKey(repo.id())
                    ? List.of(new PassOver.Flagged(bursts.get(repo.id())))
                    : List.of(),
            (population, items) ->
                scoring.repoCards(population, items, request.starGains(), request.monthlyStars()),
            RankOrder.REPOS);
    // Threads have no owner cap and no kind cap: the issue balances repositories only. A thread's
    // flag (not-refreshed) warns about its figures; it is no reason to pass the thread over.
    CandidatePool<RedditThread> threadPool =
        new CandidatePool<>(
            CandidateId::of,
            thread -> null,
            kinds::classify,
            thread ->
                eligibility.reasonsToExclude(thread).stream()
                    .map(r -> (PassOver) new PassOver.Excluded(r))
                    .toList(),
            thread -> List.of(),
            scoring::threadCards,
            RankOrder.THREADS);

    List<Considered<Repo>> repos =
        repoPool.rank(
            request.repos(),
            request,
            request.diversity() ? repoCaps : Caps.OFF,
            request.repoCount());
    List<Considered<RedditThread>> threads =
        threadPool.rank(request.threads(), request, Caps.OFF, request.threadCount());

    Map<String, List<String>> repoFlags = new HashMap<>();
    for (Considered<Repo> c : repos) {
      String flag = bursts.get(c.item().id());
      if (flag != null) {
        repoFlags.put(c.id(), List.of(flag));
      }
    }
    List<RankedRepo> allRepos = new ArrayList<>();
    for (Considered<Repo> c : repos) {
      allRepos.add(
          new RankedRepo(
              c.rank(),
              c.card().score(),
              c.item(),
              c.classification().category().slug(),
              c.outcome() == Outcome.PICKED,
              request.overrides().note(c.id()).orElse(null),
              repoFlags.getOrDefault(c.id(), List.of()),
              request.starGain(c.item().id()),
              Breakout.orNull(request.monthlyStars().get(c.item().id()))));
    }
    Map<String, List<String>> threadFlags = new HashMap<>();
    for (Considered<RedditThread> c : threads) {
      request
          .figures(c.item().id())
          .flatMap(notRefreshed::describe)
          .ifPresent(flag -> threadFlags.put(c.id(), List.of(flag)));
    }
    List<RankedThread> allThreads = new ArrayList<>();
    for (Considered<RedditThread> c : threads) {
      allThreads.add(
          new RankedThread(
              c.rank(),
              c.card().score(),
              c.item(),
              c.classification().category().slug(),
              c.outcome() == Outcome.PICKED,
              request.overrides().note(c.id()).orElse(null),
              threadFlags.getOrDefault(c.id(), List.of())));
    }
    Shortlist shortlist =
        new Shortlist(
            request.month(),
            allRepos.stream().filter(r -> r.rank() > 0).toList(),
            allThreads.stream().filter(t -> t.rank() > 0).toList(),
            request.rankedAt());
    List<Explanation> repoExplanations = explanations(CandidateType.REPO, repos, repoFlags);
    List<Explanation> threadExplanations = explanations(CandidateType.THREAD, threads, threadFlags);
    return new Ranking(
        shortlist,
        repoExplanations,
        threadExplanations,
        unmatched(request.overrides(), repos, threads),
        candidacies(allRepos, repoExplanations),
        candidacies(allThreads, threadExplanations));
  }

  /** Entries and explanations are both in score order, one per candidate. */
  private static <T> List<Candidacy<T>> candidacies(
      List<T> entries, List<Explanation> explanations) {
    return IntStream.range(0, entries.size())
        .mapToObj(i -> new Candidacy<>(entries.get(i), explanations.get(i)))
        .toList();
  }

  /**
   * The month's candidates that burst but whose watchers are not known, most stars in the month
   * first, at most {@code starBurst.watchers.lookUp}: asking GitHub for their watchers may accuse
   * or clear them. Excluded and junk repositories are left out; their flag would change nothing.
   */
  public List<Repo> watchersWanted(RankRequest request) {
    Eligibility eligibility = new Eligibility(request.month(), request.starGains());
    return request.repos().stream()
        .filter(repo -> starBurst.wantsWatchers(repo, request.starGain(repo.id())))
        .filter(
            repo -> repoExclusions(eligibility, repo, request.readmes().get(repo.id())).isEmpty())
        .sorted(
            Comparator.comparingLong(
                    (Repo repo) -> starBurst.burstStars(repo, request.starGain(repo.id())))
                .reversed()
                .thenComparing(Repo::fullName))
        .limit(starBurst.watchersToLookUp())
        .toList();
  }

  /** The star-burst flag of each repository whose month looks bought, by repository id. */
  private Map<Long, String> burstFlags(RankRequest request) {
    Map<Long, String> flags = new HashMap<>();
    for (Repo repo : request.repos()) {
      starBurst
          .describe(
              repo, request.starGain(repo.id()), request.stargazers(repo.id()), request.month())
          .ifPresent(flag -> flags.put(repo.id(), flag));
    }
    return flags;
  }

  private List<PassOver> repoExclusions(Eligibility eligibility, Repo repo, String readme) {
    Stream<PassOver> ineligible =
        eligibility.reasonsToExclude(repo).stream().map(PassOver.Excluded::new);
    return Stream.concat(ineligible, junk.reasons(repo, readme).stream()).toList();
  }

  private static <T> List<Explanation> explanations(
      CandidateType type, List<Considered<T>> considered, Map<String, List<String>> flags) {
    return considered.stream()
        .map(
            c ->
                new Explanation(
                    type,
                    c.id(),
                    c.classification(),
                    c.card().score(),
                    c.card().components(),
                    c.place(),
                    c.outcome(),
                    c.rank() > 0 ? OptionalInt.of(c.rank()) : OptionalInt.empty(),
                    c.reasons(),
                    flags.getOrDefault(c.id(), List.of())))
        .toList();
  }

  private static List<String> unmatched(
      EditorOverrides overrides,
      List<Considered<Repo>> repos,
      List<Considered<RedditThread>> threads) {
    Set<String> ids = new TreeSet<>(overrides.picks());
    ids.addAll(overrides.drops());
    ids.addAll(overrides.notes().keySet());
    Stream.concat(repos.stream().map(Considered::id), threads.stream().map(Considered::id))
        .map(CandidateId::key)
        .forEach(ids::remove);
    return List.copyOf(ids);
  }
}
