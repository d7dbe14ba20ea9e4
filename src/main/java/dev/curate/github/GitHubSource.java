package dev.curate.github;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSettings;
import dev.curate.config.TrendingSettings;
import dev.curate.error.CurateException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.ReadmeAnswer;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGainSurvey;
import dev.curate.plan.PlanStep;
import dev.curate.plan.Purpose;
import dev.curate.plan.RequestKinds;
import dev.curate.plan.SourcePlan;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Repositories created in a month, from GitHub's repository search: each configured query is run
 * with a {@code created:} range for the month, most-starred first, narrowed into parts where the
 * month holds more than GitHub's 1,000 results per search ({@link CreatedRangeSearch}), and the
 * results are merged by repository id.
 *
 * <p>Safe to share between the threads issue 9 will read the sources on: a fetch keeps what it
 * reads in its own call, and requests take turns ({@link SerialGate}).
 */
public final class GitHubSource {
  /** The source's name in its plan, as {@code fetch --only} takes it. */
  static final String PLAN_NAME = "github";

  static final String NO_TOKEN_WARNING =
      "no GH_TOKEN or GITHUB_TOKEN set: GitHub allows 10 searches a minute"
          + " and 60 requests an hour without one";

  private final GitHubSettings settings;
  private final GitHubCredentials credentials;
  private final Clock clock;
  private final Consumer<String> progress;
  private final HttpStats stats = new HttpStats();
  private final CreatedRangeSearch search;
  private final GitHubErrors errors;
  private final GitHubRest rest;
  private final RepositorySearch trendingSearch;
  private final StarGainMeter starGains;
  private final Readmes readmes;

  /**
   * @param version curate's, for the User-Agent GitHub asks for
   */
  public GitHubSource(
      GitHubSettings settings,
      String apiUrl,
      GitHubCredentials credentials,
      String version,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {
    this(
        settings,
        apiUrl,
        credentials,
        version,
        http,
        clock,
        progress,
        CreatedRangeSearch.MAX_PARTS);
  }

  /** With a bound on the parts a query's month may be split into, for tests of that bound. */
  GitHubSource(
      GitHubSettings settings,
      String apiUrl,
      GitHubCredentials credentials,
      String version,
      HttpStack http,
      Clock clock,
      Consumer<String> progress,
      int maxPartsPerQuery) {
    this.settings = settings;
    this.credentials = credentials;
    this.clock = clock;
    this.progress = progress;
    this.errors = new GitHubErrors(credentials);
    this.rest = GitHubConnection.open(apiUrl, credentials, version, http, clock, stats);
    this.trendingSearch =
        new RepositorySearch(rest, stats, settings.perPage(), settings.trending().maxPages());
    this.starGains = new StarGainMeter(rest, settings.starGains(), clock);
    this.readmes = new Readmes(rest);
    this.search =
        new CreatedRangeSearch(
            new RepositorySearch(rest, stats, settings.perPage(), settings.maxPagesPerQuery()),
            maxPartsPerQuery);
  }

  /**
   * @throws CurateException when GitHub cannot be reached, rejects the token or the query, or a
   *     rate limit lasts longer than {@code http.maxWait}
   */
  public SourceResult<Repo> fetch(CalendarMonth month) {
    Instant fetchedAt = clock.instant();
    int requestsBefore = stats.requests();
    HttpActivity activityBefore = stats.snapshot();
    HttpStats.Mark mark = stats.mark();
    SearchFloor floor = new SearchFloor(settings.perPage());
    List<String> warnings = new ArrayList<>();
    if (credentials.token().isEmpty()) {
      warnings.add(NO_TOKEN_WARNING);
    }
    Map<Long, Repo> kept = new LinkedHashMap<>();
    List<SearchItemReader.Rejected> malformed = new ArrayList<>();
    int found = 0;
    boolean complete = true;
    // Said before the first request, so that a live display counts its requests and waits here.
    int queries = settings.queries().size();
    progress.accept(
        "github: searching " + month + " with " + queries + (queries == 1 ? " query" : " queries"));
    for (String query : settings.queries()) {
      CreatedRangeSearch.Result result = search.run(query, month);
      floor.add(result);
      malformed.addAll(result.rejected());
      found += result.items().size();
      for (SearchItem item : result.items()) {
        Repo repo = map(item, fetchedAt, result.query());
        // GitHub's created: qualifier is not promised to be in UTC; the month is. Parts of a
        // split month overlap nowhere, but a repository can move between pages: keep it once.
        if (repo.createdAt() != null && month.contains(repo.createdAt())) {
          kept.putIfAbsent(repo.id(), repo);
        }
      }
      progress.accept(progressLine(query, month, result));
      warnings.addAll(result.warnings());
      warnings.addAll(unreadWarning(query, result, result.rejected().size()));
      complete &= result.complete();
    }
    for (String query : trendingQueries(month)) {
      QueryResult result = trendingSearch.run(query);
      floor.add(result);
      malformed.addAll(result.rejected());
      found += result.items().size();
      int before = kept.size();
      for (SearchItem item : result.items()) {
        Repo repo = map(item, fetchedAt, query);
        // Created after the month, it cannot have gained stars in it.
        if (repo.createdAt() != null && repo.createdAt().isBefore(month.end())) {
          kept.putIfAbsent(repo.id(), repo);
        }
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "github: trending '%s': %d repositories, %d new to the month",
              query,
              result.items().size(),
              kept.size() - before));
    }
    SkippedItems.warning(malformed).ifPresent(warnings::add);
    SourceReport report =
        new SourceReport(
            SourceId.GITHUB,
            stats.requests() - requestsBefore,
            found,
            kept.size(),
            warnings,
            stats.since(activityBefore),
            complete,
            ReadMethod.SEARCH,
            null);
    RequestKinds kinds = new RequestKinds(searchPlan(month), RequestCount.OTHER);
    report = report.withRequestCount(stats.count(mark, kinds::kindOf, floor.byKind()));
    return new SourceResult<>(new ArrayList<>(kept.values()), report);
  }

  /**
   * What is left of the core and search budgets ({@code curate doctor}); asking spends neither.
   *
   * @throws CurateException when GitHub cannot be reached or rejects the token (exit 4 for a 401)
   */
  public RateLimits rateLimits() {
    return RateLimits.ask(rest);
  }

  /**
   * What a fetch of {@code month} sends, in order: each query's search (in parts where the month
   * holds more than GitHub returns), the trending searches where they apply, the stars gained of
   * the repositories measured, and the READMEs of the {@code readmes} most-starred ones (which
   * {@code workflow.FetchService} reads after the rest, through {@link #readme}).
   */
  public SourcePlan plan(CalendarMonth month, int readmeCount) {
    return plan(month, readmeCount, true, 0);
  }

  /**
   * As {@link #plan(CalendarMonth, int)}, for a month whose candidates come from the searches (when
   * {@code searched}) and from GH Archive's events, whose names are looked up after the searches
   * (up to {@code lookups}, those the searches found left out).
   */
  public SourcePlan plan(CalendarMonth month, int readmeCount, boolean searched, int lookups) {
    List<PlanStep> steps = new ArrayList<>();
    List<String> trending = searched ? trendingQueries(month) : List.of();
    if (searched) {
      steps.addAll(searchPlan(month));
    }
    if (lookups > 0) {
      steps.add(lookup().plan(lookups));
    }
    // The top measureTop new repositories, and as many older ones (trending, or found by the
    // events) where there are any.
    boolean older = !trending.isEmpty() || lookups > 0;
    int measured = settings.starGains().measureTop() * (older ? 2 : 1);
    if (measured > 0) {
      steps.add(starGains.plan(measured));
    }
    if (readmeCount > 0) {
      steps.add(readmes.plan(readmeCount));
    }
    return new SourcePlan(PLAN_NAME, steps, GitHubConnection.budgets(credentials));
  }

  /** Each query's search of the month, then the trending searches where they apply. */
  private List<PlanStep> searchPlan(CalendarMonth month) {
    List<PlanStep> steps = new ArrayList<>();
    settings.queries().forEach(query -> steps.addAll(search.plan(query, month)));
    trendingQueries(month)
        .forEach(
            query ->
                steps.add(trendingSearch.plan(query, Purpose.of(Purpose.Kind.TRENDING, query))));
    return steps;
  }

  /**
   * The trending searches for a month: only for the current and the previous month (by the clock),
   * because GitHub's {@code pushed:} qualifier is a repository's last push; for an older month it
   * would find today's active repositories, not that month's.
   */
  List<String> trendingQueries(CalendarMonth month) {
    return trendingQueries(settings.trending(), month, clock.instant());
  }

  /**
   * The trending searches for {@code month} as of {@code now}; none for a month before the previous
   * one.
   */
  private static List<String> trendingQueries(
      TrendingSettings trending, CalendarMonth month, Instant now) {
    CalendarMonth current = CalendarMonth.containing(now);
    if (!month.equals(current) && !month.equals(current.previous())) {
      return List.of();
    }
    return trending.queries().stream()
        .map(q -> trendingQuery(q, month, trending.minStars()))
        .toList();
  }

  /** {@code <query> pushed:>=YYYY-MM-01 stars:>=N}. */
  static String trendingQuery(String query, CalendarMonth month, int minStars) {
    return query + " pushed:>=" + month.value().atDay(1) + " stars:>=" + minStars;
  }

  /**
   * Measures the stars gained in the month by the top candidates (see {@link StarGainMeter}); what
   * it cost counts in this source's statistics.
   *
   * @throws CurateException as {@link #fetch} does
   */
  public StarGainSurvey measureStarGains(CalendarMonth month, List<Repo> repos) {
    HttpStats.Mark mark = stats.mark();
    StarGainSurvey measured = starGains.measure(month, repos, stats::requests);
    // One star history request answers a repository at the fewest; more pages, and the
    // stargazer list where the history gives no figure, are beyond the floor.
    int asked = measured.byHistory() + measured.byStargazers() + measured.unmeasurable();
    RequestKinds kinds = new RequestKinds(List.of(starGains.plan(1)), RequestCount.OTHER);
    StarGainSurvey survey =
        measured.withRequestCount(
            stats.count(mark, kinds::kindOf, Map.of(Purpose.Kind.STAR_HISTORY.name(), asked)));
    progress.accept(
        String.format(
            Locale.ROOT,
            "github: stars gained in %s: %d by history, %d by stargazers, %d not measurable by the API, %d not measured"
                + " (%d requests)",
            month,
            survey.byHistory(),
            survey.byStargazers(),
            survey.unmeasurable(),
            survey.skipped(),
            survey.requests()));
    return survey;
  }

  /**
   * A repository's README (see {@link Readmes}), on this source's client: same gate, limits,
   * retries and cache.
   */
  public ReadmeAnswer readme(Repo repo) {
    return readmes.readme(repo);
  }

  /**
   * Repositories by name, as GH Archive's events name them (see {@link RepositoryLookup}), on this
   * source's client, leaving {@code github.starGains.keepCoreRequests} of the core budget.
   */
  public Lookups lookUp(List<String> names, int limit) {
    int requestsBefore = stats.requests();
    HttpActivity activityBefore = stats.snapshot();
    HttpStats.Mark mark = stats.mark();
    RepositoryLookup lookup = lookup();
    Lookups lookups = lookup.lookUp(names, limit);
    // One request a name; a renamed repository's redirect is a second request of its look-up.
    String kind = Purpose.Kind.LOOKUP.name();
    RequestKinds kinds = new RequestKinds(List.of(lookup.plan(1)), kind);
    return lookups.costing(
        stats.requests() - requestsBefore,
        stats.since(activityBefore),
        stats.count(mark, kinds::kindOf, Map.of(kind, lookups.asked())));
  }

  private RepositoryLookup lookup() {
    return new RepositoryLookup(rest, settings.starGains().keepCoreRequests(), clock);
  }

  /** The REST client of this source, for tests of the pieces built on it. */
  GitHubRest rest() {
    return rest;
  }

  /** Retries, waits and time waited over the life of this source, for the fetch summary. */
  public HttpStats stats() {
    return stats;
  }

  private Repo map(SearchItem item, Instant fetchedAt, String query) {
    try {
      return RepoMapper.map(item, fetchedAt);
    } catch (IOException | RuntimeException e) {
      throw errors.unexpected(query, e);
    }
  }

  private static String progressLine(
      String query, CalendarMonth month, CreatedRangeSearch.Result result) {
    return String.format(
        Locale.ROOT,
        "github: '%s' %s: read %d of %,d repositories (%d %s%s)",
        query,
        month,
        result.distinctItems(),
        result.totalCount(),
        result.pages(),
        result.pages() == 1 ? "page" : "pages",
        result.parts() == 1
            ? ""
            : String.format(Locale.ROOT, ", %d parts of the month", result.parts()));
  }

  /**
   * The configured page cap left matches unread: a choice, not a failure, but worth saying.
   * Malformed results were read too; their own warning says what became of them.
   */
  private static List<String> unreadWarning(
      String query, CreatedRangeSearch.Result result, int malformed) {
    if (result.totalCount() <= result.distinctItems() + malformed) {
      return List.of();
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "'%s' matched %,d repositories; read the top %,d by stars",
            query,
            result.totalCount(),
            result.distinctItems()));
  }
}
