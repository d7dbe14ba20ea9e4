package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeAnswer;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainSurvey;
import dev.curate.model.SubredditFetch;
import dev.curate.store.StarSnapshot;
import dev.curate.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fetches a month from each selected source and saves each source's results as one unit: a source
 * that fails leaves nothing of itself behind, and what the other sources saved stays (each is
 * complete on its own). GitHub and Reddit are read side by side, each on a thread of its own. A
 * re-fetch updates figures in place.
 */
public final class FetchService {
  private final Store store;
  private final Clock clock;
  private final FetchSources sources;
  private final Consumer<String> progress;
  private final Consumer<SourceReport> onSaved;
  private final Object savedLock = new Object();

  /**
   * @param progress told just before each source's transaction starts, so that a person (or the
   *     crash tests, which kill the process on that line) can see when the store is written; told
   *     from the sources' threads, so it must take lines from several at once
   * @param onSaved told after each source's transaction has committed, one source at a time
   */
  public FetchService(
      Store store,
      Clock clock,
      FetchSources sources,
      Consumer<String> progress,
      Consumer<SourceReport> onSaved) {
    this.store = store;
    this.clock = clock;
    this.sources = sources;
    this.progress = progress;
    this.onSaved = onSaved;
  }

  /**
   * Reads and saves GitHub (with its star events) and Reddit side by side ({@link SideBySide}); the
   * reports come back in that order. A source that fails leaves the other's save alone.
   */
  public List<SourceReport> fetch(CalendarMonth month) {
    List<SideBySide.Lane> lanes = new ArrayList<>();
    sources
        .github()
        .ifPresent(github -> lanes.add(new SideBySide.Lane("github", () -> github(github, month))));
    sources
        .reddit()
        .ifPresent(reddit -> lanes.add(new SideBySide.Lane("reddit", () -> reddit(reddit, month))));
    return SideBySide.run(lanes);
  }

  private List<SourceReport> github(RepoFetcher github, CalendarMonth month) {
    GitHubCandidates.Read read =
        new GitHubCandidates(github, sources.events(), progress).read(month);
    SourceResult<Repo> found = read.result();
    StarGainSurvey survey =
        sources.starGains().map(s -> s.measure(month, found.items())).orElse(StarGainSurvey.NONE);
    ReadmeRead readmeRead =
        sources
            .readmes()
            .map(fetcher -> readReadmes(fetcher, found.items()))
            .orElse(ReadmeRead.NONE);
    Instant savedAt = clock.instant();
    Map<Long, StarGain> completed =
        completeGains(month, found.items(), survey.gains(), read.monthly(), savedAt);
    LoneStargazerCount.Counted lone = countLoneStargazers(month, read, completed);
    SourceResult<Repo> repos = withCost(found, survey, readmeRead, lone);
    saving(repos.report(), "repositories");
    Map<Long, StarGain> gains =
        store.saveRepos(month, repos, completed, read.monthly(), lone.byRepoId(), savedAt);
    if (sources.starGains().isPresent()) {
      progress.accept(StarGainLine.of(month, gains, repos.items().size()));
    }
    if (!readmeRead.byRepoId().isEmpty()) {
      store.saveReadmes(readmeRead.byRepoId(), clock.instant());
    }
    saved(repos.report());
    return List.of(repos.report());
  }

  private List<SourceReport> reddit(ThreadFetcher reddit, CalendarMonth month) {
    // Every subreddit is fetched before any is saved: the listings are read in one pass and a
    // failure part-way (the network, a rate limit) should not leave one subreddit fresher than
    // the other.
    List<SubredditFetch> bySubreddit = reddit.fetch(month);
    List<SourceReport> reports = new ArrayList<>();
    for (SubredditFetch found : bySubreddit) {
      SubredditFetch fetch = PurgeWarnings.added(found, store);
      saving(fetch.threads().report(), "threads");
      store.saveSubreddit(month, fetch, clock.instant());
      saved(fetch.threads().report());
      reports.add(fetch.threads().report());
    }
    return reports;
  }

  /**
   * Every repository's stars gained: as measured, else the month's star events, else from the
   * workspace's star snapshots where they allow ({@link StarGainFallback}), else unknown. Read
   * before the "saving" line, so that nothing but the save's own transaction comes between that
   * line and the commit.
   */
  private Map<Long, StarGain> completeGains(
      CalendarMonth month,
      List<Repo> repos,
      Map<Long, StarGain> measured,
      Map<Long, MonthlyStars> events,
      Instant savedAt) {
    Map<Long, List<StarSnapshot>> earlier =
        store.starSnapshots(StarGainFallback.unmeasured(repos, measured));
    return StarGainFallback.complete(month, repos, measured, events, earlier, savedAt);
  }

  /**
   * The month's lone stargazers of its top candidates, when GH Archive's events were read ({@link
   * LoneStargazerCount}); nothing otherwise. Asked before the "saving" line for the same reason as
   * {@link #completeGains}.
   */
  private LoneStargazerCount.Counted countLoneStargazers(
      CalendarMonth month, GitHubCandidates.Read read, Map<Long, StarGain> gains) {
    if (!read.eventsRead()) {
      return LoneStargazerCount.Counted.nothing(null);
    }
    return LoneStargazerCount.count(
        month,
        sources.events().orElseThrow(),
        read.reading().eventsRequired(),
        read.result().items(),
        gains,
        read.eventNames(),
        progress);
  }

  /**
   * The GitHub report with the requests and warnings of measuring stars, reading READMEs and
   * counting the lone stargazers added, and the events' coverage saying what that count gave.
   */
  private static SourceResult<Repo> withCost(
      SourceResult<Repo> found,
      StarGainSurvey survey,
      ReadmeRead readmeRead,
      LoneStargazerCount.Counted lone) {
    SourceReport r = found.report();
    List<String> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(survey.warnings());
    warnings.addAll(readmeRead.warnings());
    warnings.addAll(lone.warnings());
    return new SourceResult<>(
        found.items(),
        new SourceReport(
            r.source(),
            r.requests() + survey.requests() + readmeRead.requests() + lone.cost().requests(),
            r.found(),
            r.kept(),
            warnings,
            r.activity().plus(lone.cost().activity()),
            r.complete(),
            r.method(),
            r.expectedPosts(),
            r.events() == null ? null : r.events().withLoneStargazers(lone.coverage()),
            GitHubCandidates.counted(r)
                .plus(survey.requestCount())
                .plus(readmeRead.requestCount())
                .plus(lone.cost().requestCount())));
  }

  /**
   * READMEs read so far, by repository id (empty: the repository has none), and the warnings of
   * reading them.
   */
  private record ReadmeRead(
      Map<Long, Optional<Readme>> byRepoId, int requests, List<String> warnings) {
    static final ReadmeRead NONE = new ReadmeRead(Map.of(), 0, List.of());

    /**
     * One request a README asked, each needed: counted as they are asked, not as they are sent, so
     * their retries are neither here nor in the source's retries.
     */
    RequestCount requestCount() {
      return RequestCount.allNeeded(README_KIND, requests, 0);
    }
  }

  /**
   * The name of {@code plan.Purpose.Kind.README}, the kind the summary words; workflow knows no
   * plan ({@code ReadmeKindTest} holds the two together).
   */
  static final String README_KIND = "README";

  /**
   * READMEs only help to filter junk and to show the editor a summary, so a failure must not cost
   * the month's candidates nor the Reddit fetch after them: reading stops at the first failure,
   * keeps what it read, and says so as a warning. An answer that is no README is skipped (neither a
   * README nor "none"), and the skipped ones are named in one warning.
   */
  private ReadmeRead readReadmes(ReadmeFetcher fetcher, List<Repo> repos) {
    List<Repo> top =
        repos.stream()
            .sorted(Comparator.comparingInt(Repo::stars).reversed())
            .limit(sources.readmeCount())
            .toList();
    if (top.isEmpty()) {
      return ReadmeRead.NONE;
    }
    progress.accept(
        "github: reading the READMEs of the " + top.size() + " most-starred repositories");
    Map<Long, Optional<Readme>> byId = new LinkedHashMap<>();
    List<String> unusable = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int asked = 0;
    for (Repo repo : top) {
      asked++;
      try {
        ReadmeAnswer answer = fetcher.readme(repo);
        if (answer instanceof ReadmeAnswer.Found found) {
          byId.put(repo.id(), Optional.of(found.readme()));
        } else if (answer instanceof ReadmeAnswer.Absent) {
          byId.put(repo.id(), Optional.empty());
        } else if (answer instanceof ReadmeAnswer.Unusable bad) {
          unusable.add(repo.fullName() + ": " + bad.reason());
        }
      } catch (CurateException e) {
        // Credentials are wrong for everything after too; an interrupt is the user's.
        if (e.exitCode() == ExitCode.CREDENTIALS || e.exitCode() == ExitCode.INTERRUPTED) {
          throw e;
        }
        warnings.add(
            "read "
                + (asked - 1)
                + " of "
                + top.size()
                + " READMEs, then stopped: "
                + e.getMessage());
        break;
      }
    }
    if (!unusable.isEmpty()) {
      warnings.add(
          0,
          "skipped "
              + unusable.size()
              + (unusable.size() == 1 ? " README" : " READMEs")
              + " whose answer was not a README ("
              + String.join("; ", unusable)
              + ")");
    }
    return new ReadmeRead(byId, asked, warnings);
  }

  private void saving(SourceReport report, String what) {
    progress.accept("saving " + report.source().key() + ": " + report.kept() + " " + what);
  }

  /** One source's news at a time: its warnings stay together, whichever thread saved it. */
  private void saved(SourceReport report) {
    synchronized (savedLock) {
      onSaved.accept(report);
    }
  }
}
