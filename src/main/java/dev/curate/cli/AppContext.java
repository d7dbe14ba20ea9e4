package dev.curate.cli;

import dev.curate.cli.output.FetchStart;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.Locations;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.doctor.DoctorService;
import dev.curate.doctor.ProbeSettings;
import dev.curate.draft.DraftRenderer;
import dev.curate.events.ClickHouseEvents;
import dev.curate.events.ClickHouseStargazers;
import dev.curate.events.EventsSource;
import dev.curate.events.HourFileEvents;
import dev.curate.github.GitHubSource;
import dev.curate.http.HttpStack;
import dev.curate.http.KnownSecrets;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceReport;
import dev.curate.plan.SourcePlan;
import dev.curate.rank.MlFilter;
import dev.curate.rank.RankRules;
import dev.curate.rank.Ranker;
import dev.curate.reddit.DumpsAhead;
import dev.curate.reddit.RedditSource;
import dev.curate.reddit.api.ThreadComments;
import dev.curate.store.Store;
import dev.curate.workflow.DraftLocator;
import dev.curate.workflow.DraftService;
import dev.curate.workflow.EditorService;
import dev.curate.workflow.FetchService;
import dev.curate.workflow.FetchSources;
import dev.curate.workflow.GitHubEvents;
import dev.curate.workflow.GitHubReading;
import dev.curate.workflow.MonthChoice;
import dev.curate.workflow.PreviewService;
import dev.curate.workflow.PublishService;
import dev.curate.workflow.RankService;
import dev.curate.workflow.StatusService;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Builds what a command needs, once, from the runtime and the common options: configuration,
 * credentials, workspace, store, the HTTP stack, the sources and the services. Commands ask it for
 * pieces; nothing is built that the command does not use. It is the one place that reads
 * credentials from the environment.
 */
final class AppContext implements AutoCloseable {
  /** The HTTP cache's folder inside the workspace. */
  static final String HTTP_CACHE = "http-cache";

  private final AppRuntime runtime;
  private final KnownSecrets secrets;
  private final SecretScrubber scrubber;
  private final CommonOptions options;
  private final PrintWriter err;
  private CurateConfig config;
  private Optional<Duration> maxWait = Optional.empty();
  private GitHubCredentials gitHubCredentials;
  private RedditCredentials redditCredentials;
  private ClickHouseCredentials clickHouseCredentials;
  private Store store;
  private HttpStack http;
  private GitHubSource gitHub;
  private RedditSource reddit;
  private LiveProgress live;
  private EventsSource events;
  private final CompletableFuture<List<String>> subreddits;
  private Optional<EarlyDumpRead> earlyRead;
  private Optional<DumpsAhead> dumpsAhead = Optional.empty();

  AppContext(AppRuntime runtime, KnownSecrets secrets, CommonOptions options, PrintWriter err) {
    this(runtime, secrets, options, err, Optional.empty());
  }

  /**
   * @param earlyRead the dump read {@code fetch} started from the raw arguments, taken over by
   *     {@link #readDumpsAhead} if it reads the same files for the same month
   */
  AppContext(
      AppRuntime runtime,
      KnownSecrets secrets,
      CommonOptions options,
      PrintWriter err,
      Optional<EarlyDumpRead> earlyRead) {
    this.earlyRead = earlyRead;
    this.subreddits = earlyRead.map(EarlyDumpRead::subreddits).orElseGet(CompletableFuture::new);
    this.runtime = runtime;
    this.secrets = secrets;
    this.options = options;
    this.err = err;
    this.scrubber = new SecretScrubber(secrets);
    LoggingSetup.configure(options.verbose(), err, scrubber);
  }

  AppRuntime runtime() {
    return runtime;
  }

  CurateConfig config() {
    if (config == null) {
      Locations locations = locations();
      CurateConfig loaded;
      try {
        loaded = new ConfigLoader().load(locations.configFile(options.config()), runtime.env());
      } catch (RuntimeException e) {
        subreddits.completeExceptionally(e);
        throw e;
      }
      config = maxWait.map(wait -> withMaxWait(loaded, wait)).orElse(loaded);
      subreddits.complete(config.reddit().subreddits());
    }
    return config;
  }

  /**
   * Starts reading the fetch's {@code --reddit-dump} files, if any, before the configuration is
   * loaded (which only their subreddits wait for): see {@link DumpsAhead}.
   */
  void readDumpsAhead(FetchSelection selection, CalendarMonth month) {
    Optional<DumpsAhead> early = earlyRead.map(EarlyDumpRead::read);
    earlyRead = Optional.empty();
    if (selection.reddit() && !selection.redditDumps().isEmpty()) {
      if (early.isPresent() && early.get().reads(selection.redditDumps(), month)) {
        dumpsAhead = early;
        return;
      }
      dumpsAhead =
          Optional.of(
              DumpsAhead.start(selection.redditDumps(), month, subreddits, runtime.clock()));
    }
    early.ifPresent(DumpsAhead::close);
  }

  /** {@code fetch --max-wait}: wins over {@code http.maxWait} from the configuration. */
  AppContext overrideMaxWait(Optional<Duration> wait) {
    if (config != null) {
      throw new IllegalStateException("the configuration was read before the override");
    }
    this.maxWait = wait;
    return this;
  }

  private static CurateConfig withMaxWait(CurateConfig c, Duration wait) {
    return c.withHttp(c.http().withMaxWait(wait));
  }

  /** {@code GH_TOKEN}, else {@code GITHUB_TOKEN}, else none. */
  GitHubCredentials gitHubCredentials() {
    if (gitHubCredentials == null) {
      gitHubCredentials = GitHubCredentials.fromEnvironment(runtime.env());
    }
    return gitHubCredentials;
  }

  /**
   * Reddit's app credentials and the User-Agent to send it.
   *
   * @throws dev.curate.error.CurateException (credentials) when only one of the pair is set
   */
  RedditCredentials redditCredentials() {
    if (redditCredentials == null) {
      redditCredentials = RedditCredentials.fromEnvironment(runtime.env(), runtime.version());
    }
    return redditCredentials;
  }

  /** {@code CLICKHOUSE_USER} and {@code CLICKHOUSE_PASSWORD}, else the playground's account. */
  ClickHouseCredentials clickHouseCredentials() {
    if (clickHouseCredentials == null) {
      clickHouseCredentials = ClickHouseCredentials.fromEnvironment(runtime.env());
    }
    return clickHouseCredentials;
  }

  Path workspace() {
    return locations().workspace(options.workspace());
  }

  Store store() {
    if (store == null) {
      store = Store.open(workspace());
    }
    return store;
  }

  /**
   * The store for a command that only reads it ({@code draft}): read-only when the workspace cannot
   * be written, rather than refused as {@link #store()} refuses it.
   */
  Store storeForReading() {
    if (store == null) {
      store = Store.openForReading(workspace());
    }
    return store;
  }

  // Synchronized: the Reddit source builds its clients on first use, from its own lane of the
  // fetch.
  synchronized HttpStack http() {
    if (http == null) {
      // No HTTP cache in a workspace that cannot be written: it would only fail, request by
      // request.
      Path workspace = workspace();
      Optional<Path> cache =
          Files.exists(workspace) && !Files.isWritable(workspace)
              ? Optional.empty()
              : Optional.of(workspace.resolve(HTTP_CACHE));
      http =
          live == null
              ? new HttpStack(config().http(), runtime.sleeper(), cache, secrets)
              : new HttpStack(
                  config().http(), live.watching(runtime.sleeper()), cache, secrets, live);
    }
    return http;
  }

  GitHubSource github() {
    if (gitHub == null) {
      gitHub =
          new GitHubSource(
              config().github(),
              config().endpoints().githubApiUrl(),
              gitHubCredentials(),
              runtime.version(),
              http(),
              runtime.clock(),
              progress());
    }
    return gitHub;
  }

  /**
   * @param source {@code fetch --reddit-source}, which wins over {@code reddit.source}
   */
  RedditSource reddit(Optional<RedditSourceChoice> source) {
    if (reddit == null) {
      reddit =
          new RedditSource(
              source.map(config().reddit()::withSource).orElse(config().reddit()),
              config().endpoints(),
              redditCredentials(),
              this::http,
              runtime.clock(),
              progress());
    }
    return reddit;
  }

  /**
   * The sources {@code selection} names, built (and so the configuration and credentials checked)
   * before any request is made or the store is opened.
   */
  FetchSources fetchSources(FetchSelection selection) {
    FetchSources sources = FetchSources.NONE;
    if (selection.github()) {
      GitHubSource gitHub = github();
      sources =
          sources
              .withGitHub(gitHub::fetch)
              .withStarGains(gitHub::measureStarGains)
              .withReadmes(gitHub::readme, config().enrich().readmes());
      Optional<GitHubEvents> events = gitHubEvents(selection);
      if (events.isPresent()) {
        sources = sources.withEvents(events.get());
      }
    }
    if (selection.reddit()) {
      RedditSource reddit = reddit(selection.redditSource());
      List<Path> dumps = selection.redditDumps();
      sources =
          sources.withReddit(
              dumps.isEmpty()
                  ? reddit::fetchMonth
                  : month -> reddit.fetchDumps(month, dumps, dumpsAhead));
    }
    return sources;
  }

  /**
   * GH Archive's star events for the GitHub candidates, as {@code --github-source} (else {@code
   * github.source}) asks: none for {@code search}; the hour files of {@code --gharchive}; else the
   * ClickHouse server of {@code endpoints.clickhouseUrl}.
   */
  private Optional<GitHubEvents> gitHubEvents(FetchSelection selection) {
    CurateConfig c = config();
    GitHubSourceChoice choice = selection.githubChoice(c.github().source());
    if (choice == GitHubSourceChoice.search) {
      return Optional.empty();
    }
    GitHubSource gitHub = github();
    return Optional.of(
        new GitHubEvents(
            choice,
            c.github().events(),
            eventsSource(selection),
            gitHub::lookUp,
            new MlFilter(RankRules.from(c)),
            c.starBurst().loneStargazers()));
  }

  private EventsSource eventsSource(FetchSelection selection) {
    if (events == null) {
      EventsSettings settings = config().github().events();
      events =
          selection.gharchive().isEmpty()
              ? clickHouseEvents()
              : new HourFileEvents(settings, selection.gharchive());
    }
    return events;
  }

  /** GH Archive's events on the ClickHouse server of {@code endpoints.clickhouseUrl}. */
  ClickHouseEvents clickHouseEvents() {
    return ClickHouseEvents.connect(
        http(),
        "curate/" + runtime.version(),
        config().endpoints().clickhouseUrl(),
        clickHouseCredentials(),
        config().github().events());
  }

  /** How the month's GitHub candidates are read. */
  private GitHubReading gitHubReading(Optional<GitHubEvents> events, CalendarMonth month) {
    return events.map(e -> e.reading(month)).orElse(GitHubReading.SEARCH);
  }

  /** The lines a fetch of {@code month} starts with: the month, then each source as it is asked. */
  List<String> fetchStart(FetchSelection selection, CalendarMonth month) {
    List<String> lines = new ArrayList<>();
    lines.add(FetchStart.month(month, workspace()));
    if (selection.github()) {
      Optional<GitHubEvents> events = gitHubEvents(selection);
      GitHubReading reading = gitHubReading(events, month);
      lines.add(gitHubStart(reading));
      eventsStart(events, reading).ifPresent(lines::add);
    }
    if (selection.reddit()) {
      lines.add(redditStart(selection, month));
    }
    return lines;
  }

  /**
   * What a fetch of {@code month} would request, as each source plans it, headed by its start-up
   * line. The sources are built as for the fetch but on an HTTP stack without the workspace's
   * cache: a dry run writes nothing, and sends nothing.
   */
  List<PlannedSource> fetchPlans(FetchSelection selection, CalendarMonth month) {
    if (http == null) {
      http = new HttpStack(config().http(), runtime.sleeper(), Optional.empty(), secrets);
    }
    List<PlannedSource> plans = new ArrayList<>();
    if (selection.github()) {
      Optional<GitHubEvents> events = gitHubEvents(selection);
      GitHubReading reading = gitHubReading(events, month);
      if (reading.events()) {
        plans.add(
            new PlannedSource(
                eventsStart(events, reading).orElseThrow(),
                selection.gharchive(),
                PlannedSource.HOUR_FILES,
                events.get().source().plan(month)));
      }
      int lookups = reading.events() ? config().github().events().lookup() : 0;
      plans.add(
          new PlannedSource(
              gitHubStart(reading),
              List.of(),
              "",
              github().plan(month, config().enrich().readmes(), reading.search(), lookups)));
      if (reading.events()) {
        loneStargazersPlan(events.get(), reading, month).ifPresent(plans::add);
      }
    }
    if (selection.reddit()) {
      plans.add(
          new PlannedSource(
              redditStart(selection, month),
              selection.redditDumps(),
              PlannedSource.DUMP_POSTS,
              reddit(selection.redditSource()).plan(month, selection.redditDumps())));
    }
    return plans;
  }

  /**
   * The lone stargazers' query, sent after GitHub's requests once the candidates are known, when
   * the fetch's count would ask it ({@link GitHubEvents#loneStargazersNotAsked}).
   */
  private Optional<PlannedSource> loneStargazersPlan(
      GitHubEvents events, GitHubReading reading, CalendarMonth month) {
    if (events.loneStargazersNotAsked(month).isPresent()) {
      return Optional.empty();
    }
    ClickHouseStargazers stargazers = events.source().stargazers().orElseThrow();
    return Optional.of(
        new PlannedSource(
            FetchStart.loneStargazers(stargazers.server(), events.lone().ask(), reading),
            List.of(),
            "",
            new SourcePlan(EventsSource.PLAN_NAME, List.of(stargazers.plan(month)), List.of())));
  }

  private String gitHubStart(GitHubReading reading) {
    return FetchStart.github(config().endpoints().githubApiUrl(), gitHubCredentials(), reading);
  }

  /** The line of the events, when they are read or {@code auto} leaves them out of the month. */
  private Optional<String> eventsStart(Optional<GitHubEvents> events, GitHubReading reading) {
    if (events.isEmpty()) {
      return Optional.empty();
    }
    if (!reading.events()) {
      return reading.why().map(FetchStart::eventsLeftOut);
    }
    EventsSource source = events.get().source();
    if (source instanceof ClickHouseEvents clickHouse) {
      return Optional.of(
          FetchStart.clickHouse(
              clickHouse.server(),
              ClickHouseEvents.table(config().github().events()),
              clickHouseCredentials(),
              reading));
    }
    return Optional.of(FetchStart.hourFiles(((HourFileEvents) source).paths(), reading));
  }

  private String redditStart(FetchSelection selection, CalendarMonth month) {
    return FetchStart.reddit(
        config().endpoints(),
        redditCredentials(),
        reddit(selection.redditSource()).decision(month, selection.redditDumps()),
        selection.redditDumps().size(),
        config().reddit().refreshTop());
  }

  /**
   * @param onSaved told after each source's transaction has committed
   */
  FetchService fetchService(FetchSources sources, Consumer<SourceReport> onSaved) {
    return fetchService(sources, progress(), onSaved);
  }

  /**
   * @param progress where the fetch's own lines go ("saving …")
   */
  FetchService fetchService(
      FetchSources sources, Consumer<String> progress, Consumer<SourceReport> onSaved) {
    return new FetchService(store(), runtime.clock(), sources, progress, onSaved);
  }

  /**
   * The ranking, asking GitHub for the watchers of the few repositories whose stars burst and whose
   * watchers are not known yet; the GitHub source is built only if one is asked for.
   */
  RankService rankService() {
    CurateConfig c = config(); // a bad config file is reported before the workspace is touched
    return new RankService(
            store(), new Ranker(c.scoring(), RankRules.from(c)), c.shortlist(), runtime.clock())
        .withWatchers((names, limit) -> github().lookUp(names, limit), progress(), warnings());
  }

  EditorService editorService() {
    config(); // a bad config file is reported before the workspace is touched
    RankService rank = rankService();
    return new EditorService(store(), runtime.clock(), rank::standing);
  }

  PublishService publishService() {
    config(); // a bad config file is reported before the workspace is touched
    return new PublishService(store(), runtime.clock());
  }

  /**
   * The draft, quoting the top comments of each thread (read from Reddit once, then kept). Only
   * reads the workspace: a read-only one still drafts to stdout or elsewhere.
   */
  DraftService draftService(DraftRenderer renderer) {
    CurateConfig c = config();
    ThreadComments reddit =
        new ThreadComments(c.endpoints(), redditCredentials(), http(), runtime.clock());
    return new DraftService(storeForReading(), renderer, workspace())
        .withComments(reddit::top, c.enrich().comments(), runtime.clock(), warnings());
  }

  /**
   * Ranks without saving ({@code candidates}): a read-only workspace is enough, and a workspace
   * without a database gets none.
   */
  RankService rankServiceForReading() {
    CurateConfig c = config(); // a bad config file is reported before the workspace is touched
    Store existing = existingStore().orElseThrow(MonthChoice::nothingFetched);
    return new RankService(
        existing, new Ranker(c.scoring(), RankRules.from(c)), c.shortlist(), runtime.clock());
  }

  /** Where each month stands; creates no workspace or database where there is none. */
  StatusService statusService() {
    config(); // a bad config file is reported before the workspace is touched
    return new StatusService(existingStore(), workspace());
  }

  /** The store when the workspace has a database: a command that only reports creates none. */
  Optional<Store> existingStore() {
    return Files.exists(workspace().resolve(Store.DATABASE_FILE))
        ? Optional.of(storeForReading())
        : Optional.empty();
  }

  /**
   * The checks of {@code curate doctor}. Their requests go through the same clients as a fetch's,
   * on a stack of their own ({@link #useProbeStack}).
   */
  DoctorService doctorService() {
    return new DoctorService(new DoctorSetup(this));
  }

  /**
   * Builds the HTTP stack for {@code doctor}'s probes: one attempt, no rate-limit waits, short
   * timeouts ({@link ProbeSettings}), and no cache (a check reads answers as they are now, and
   * writes nothing to the workspace). Call it before any client is built.
   */
  HttpStack useProbeStack() {
    if (http != null) {
      throw new IllegalStateException("the HTTP stack was built before the probe stack");
    }
    http =
        new HttpStack(
            ProbeSettings.of(config().http()), runtime.sleeper(), Optional.empty(), secrets);
    return http;
  }

  /** The user's config file: {@code --config}'s, else where curate looks for it. */
  Path userConfigFile() {
    return options.config().orElseGet(() -> locations().userConfigFile());
  }

  /** The preview page of a draft; only reads the store. */
  PreviewService previewService() {
    config(); // a bad config file is reported before the workspace is touched
    return new PreviewService(storeForReading(), workspace());
  }

  /** Where a month's draft is; only reads the store. */
  DraftLocator draftLocator() {
    config(); // a bad config file is reported before the workspace is touched
    return new DraftLocator(storeForReading(), workspace());
  }

  /** Opens a file in the user's {@code $VISUAL} or {@code $EDITOR}. */
  EditorLauncher editorLauncher() {
    return new EditorLauncher(runtime.env(), System.getProperty("os.name", ""));
  }

  /** Opens a page in the desktop's browser, when there is a desktop. */
  BrowserOpener browserOpener() {
    return new BrowserOpener(runtime.env(), System.getProperty("os.name", ""));
  }

  /**
   * Draws the progress of what follows (a fetch) in place on stderr, one line per source, when
   * stderr is a terminal that can take it; else progress stays plain lines. Call it before the
   * sources are built.
   *
   * @return the display, if drawn in place; closed with this context, leaving its last frame
   */
  Optional<LiveProgress> liveProgress() {
    if (http != null) {
      throw new IllegalStateException("the HTTP stack was built before the live progress");
    }
    if (live == null && drawsInPlace()) {
      live = new LiveProgress(err, runtime.clock(), runtime.terminalWidth(), /* ticking= */ true);
      // A library's warning written straight to stderr would tear the rows: print it above them.
      LoggingSetup.configure(options.verbose(), live.printer(), scrubber);
    }
    return Optional.ofNullable(live);
  }

  /**
   * Only on a terminal, and not with {@code -v} (its log lines would tear the rows) nor {@code -q};
   * {@code NO_COLOR} and {@code TERM=dumb} ask for plain text, which a dumb terminal needs.
   */
  private boolean drawsInPlace() {
    String noColor = runtime.env().getOrDefault("NO_COLOR", "");
    return runtime.stderrIsTerminal()
        && !options.quiet()
        && !options.verbose()
        && noColor.isEmpty()
        && !"dumb".equals(runtime.env().get("TERM"));
  }

  /**
   * Progress lines on stderr, unless {@code --quiet}; drawn in place after {@link #liveProgress}.
   */
  Consumer<String> progress() {
    if (options.quiet()) {
      return line -> {};
    }
    if (live != null) {
      return line -> live.line(scrubber.scrub(Terminal.sanitize(line)));
    }
    return line -> {
      err.println(scrubber.scrub(Terminal.sanitize(line)));
      err.flush();
    };
  }

  /**
   * The progress channel as a writer, for printers that take one (the fetch summary): stderr, or
   * nowhere with {@code --quiet}.
   */
  PrintWriter progressWriter() {
    return options.quiet() ? new PrintWriter(Writer.nullWriter()) : err;
  }

  /** A line as curate prints it: control characters escaped, the run's secrets replaced. */
  String printable(String line) {
    return scrubber.scrub(Terminal.sanitize(line));
  }

  /** Warnings on stderr, {@code --quiet} or not. */
  private Consumer<String> warnings() {
    return line -> {
      err.println(Terminal.sanitize(line));
      err.flush();
    };
  }

  PrintWriter err() {
    return err;
  }

  private Locations locations() {
    return new Locations(runtime.env(), Path.of(System.getProperty("user.home")));
  }

  @Override
  public void close() {
    dumpsAhead.ifPresent(DumpsAhead::close);
    if (live != null) {
      live.close();
    }
    if (http != null) {
      http.close();
    }
    if (store != null) {
      store.close();
    }
  }
}
