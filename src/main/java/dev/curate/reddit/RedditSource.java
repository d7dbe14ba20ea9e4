package dev.curate.reddit;

import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSettings;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.RedditThread;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.plan.PlanStep;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.RequestKinds;
import dev.curate.plan.SourcePlan;
import dev.curate.reddit.api.InfoRefresher;
import dev.curate.reddit.api.ListingPager;
import dev.curate.reddit.api.RedditClient;
import dev.curate.reddit.archive.ArchivePager;
import dev.curate.reddit.archive.ArcticShiftClient;
import dev.curate.reddit.dump.DumpMonth;
import dev.curate.reddit.dump.DumpReader;
import dev.curate.reddit.post.ArchivedPosts;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.SkippedPosts;
import dev.curate.reddit.post.UnusablePost;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A month's threads from each configured subreddit, read from the subreddit's top listing, from the
 * Arctic Shift archive, or from local dump files, as {@code reddit.source} (or {@code fetch
 * --reddit-source}) and {@code --reddit-dump} say, each fetch stating how much of the month it
 * covered. A subreddit that cannot be read becomes a warning in its own report; failures that
 * concern the whole run (credentials, rate limit beyond the allowed wait, Reddit down) end the
 * fetch with their {@link CurateException}.
 *
 * <p>A result's items are the month's threads and, after them, a tombstone ({@link
 * RedditThread#deleted()} true, no content) for every post its author deleted: Reddit's Data API
 * terms ask that "all content related to the post" be deleted, and the store purges any copy an
 * earlier fetch stored, in the same transaction as the save. The report's {@code kept} counts the
 * month's threads only.
 */
public final class RedditSource {
  private static final Logger LOG = Logger.getLogger(RedditSource.class.getName());

  /** The source's name in its plan, as {@code fetch --only} takes it. */
  static final String PLAN_NAME = "reddit";

  private final RedditSettings settings;
  private final RedditCredentials credentials;
  private final Clock clock;
  private final Consumer<String> progress;
  private final HttpStats stats = new HttpStats();
  private final ArchivedThreads archived = new ArchivedThreads();
  private final Supplier<Network> connect;
  private Network network;

  /**
   * What Reddit and the archive are asked through, built on first use: a dump fetch without the
   * refresh ({@code reddit.refreshTop: 0}) sends nothing, and building the HTTP stack (OkHttp, the
   * JDK's TLS context and its trust store) cost a tenth of a second of CPU beside the read
   * (profiled with scripts/bench-fetch-dump).
   */
  private record Network(
      RedditClient reddit,
      ListingPager pager,
      ListingRead listings,
      ArcticShiftClient archiveClient,
      ArchivePager archive,
      InfoRefresher refresher) {}

  public RedditSource(
      RedditSettings settings,
      Endpoints endpoints,
      RedditCredentials credentials,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {
    this(settings, endpoints, credentials, () -> http, clock, progress);
  }

  /**
   * @param http the run's HTTP stack, asked for only when a request is about to be planned or sent
   */
  public RedditSource(
      RedditSettings settings,
      Endpoints endpoints,
      RedditCredentials credentials,
      Supplier<HttpStack> http,
      Clock clock,
      Consumer<String> progress) {
    this.settings = settings;
    this.credentials = credentials;
    this.clock = clock;
    this.progress = progress;
    this.connect = () -> connect(endpoints, http.get());
  }

  /** Built once, by whichever lane of the fetch asks first. */
  private synchronized Network network() {
    if (network == null) {
      network = connect.get();
    }
    return network;
  }

  private Network connect(Endpoints endpoints, HttpStack http) {
    // One client, one token and one rate limiter for the whole run: Reddit counts per client id.
    RedditClient reddit = RedditClient.connect(endpoints, credentials, http, clock, stats);
    ListingPager pager = new ListingPager(reddit, settings.maxPages(), progress);
    ArcticShiftClient archiveClient =
        ArcticShiftClient.connect(
            http, credentials.userAgent(), stats, endpoints.redditArchiveUrl());
    return new Network(
        reddit,
        pager,
        new ListingRead(pager, clock, progress),
        archiveClient,
        new ArchivePager(archiveClient, progress),
        new InfoRefresher(reddit, clock));
  }

  /**
   * Asks Reddit for an app-only token now, with the client a fetch uses ({@code curate doctor}).
   *
   * @return false without OAuth credentials: nothing was asked
   * @throws dev.curate.error.CurateException exit 4 when Reddit refuses the app's id and secret
   */
  public boolean requestToken() {
    return network().reddit().requestToken();
  }

  /** One result per configured subreddit, in configuration order. */
  public List<SourceResult<RedditThread>> fetch(CalendarMonth month) {
    return fetchMonth(month).stream().map(SubredditFetch::threads).toList();
  }

  /**
   * Where the month's threads come from: the configured choice, the listing's reach from now, and
   * whether {@code dumps} replace the network.
   */
  public SourceDecision decision(CalendarMonth month, List<Path> dumps) {
    return SourceDecision.of(settings.source(), month, clock.instant(), !dumps.isEmpty());
  }

  /**
   * What {@link #fetchMonth} (or, with {@code dumps}, {@link #fetchDumps}) sends, in order,
   * subreddit by subreddit, as {@link #decision} has it; with OAuth, the token request before the
   * first request to Reddit's API.
   */
  public SourcePlan plan(CalendarMonth month, List<Path> dumps) {
    SourceDecision decision = decision(month, dumps);
    List<PlanStep> steps = new ArrayList<>();
    for (String subreddit : settings.subreddits()) {
      if (decision.first() == ReadMethod.LISTING) {
        steps.add(network().pager().plan(subreddit, decision.window()));
      }
      boolean archiveRead =
          decision.first() == ReadMethod.ARCHIVE || decision.archiveIfListingCut();
      if (archiveRead) {
        boolean first = decision.first() == ReadMethod.ARCHIVE;
        List<PlannedRequest> pages = network().archive().plan(subreddit, month);
        steps.add(first ? pages.get(0) : pages.get(0).optional());
        steps.add(pages.get(1));
        PlannedRequest count = network().archiveClient().plannedCount(subreddit, month);
        // Read once the archive has served the month; a failed archive (auto) never gets there.
        steps.add(first && !decision.listingIfArchiveFails() ? count : count.optional());
      }
      // What an archive or a dump served is refreshed from Reddit; a listing is Reddit's own.
      if ((archiveRead || decision.first() == ReadMethod.DUMP) && settings.refreshTop() > 0) {
        steps.add(network().refresher().plan(subreddit, settings.refreshTop()));
      }
      if (decision.first() == ReadMethod.ARCHIVE && decision.listingIfArchiveFails()) {
        steps.add(network().pager().plan(subreddit, decision.window()).optional());
      }
    }
    boolean apiFirst = decision.first() == ReadMethod.LISTING && !settings.subreddits().isEmpty();
    network()
        .reddit()
        .plannedToken()
        .ifPresent(token -> steps.add(0, apiFirst ? token : token.optional()));
    return new SourcePlan(PLAN_NAME, steps, List.of(network().reddit().budget()));
  }

  /** As {@link #fetch}, with each thread's archived and refreshed figures. */
  public List<SubredditFetch> fetchMonth(CalendarMonth month) {
    SourceDecision decision = decision(month, List.of());
    List<SubredditFetch> results = new ArrayList<>();
    for (String subreddit : settings.subreddits()) {
      List<String> warnings = new ArrayList<>();
      if (results.isEmpty()) {
        userAgentWarning(warnings);
      }
      results.add(fetchOne(subreddit, month, decision, warnings));
    }
    return results;
  }

  /**
   * The month's threads from local dumps: one result per configured subreddit the dumps hold posts
   * of. The network is used only to refresh figures.
   */
  public List<SubredditFetch> fetchDumps(CalendarMonth month, List<Path> dumps) {
    return fetchDumps(month, dumps, Optional.empty());
  }

  /**
   * @param ahead the same dumps, if their read was started ahead ({@link DumpsAhead}); joined here
   */
  public List<SubredditFetch> fetchDumps(
      CalendarMonth month, List<Path> dumps, Optional<DumpsAhead> ahead) {
    DumpMonth.Read read =
        ahead.isPresent() && ahead.get().reads(dumps, month)
            ? ahead.get().join(progress)
            : new DumpMonth(new DumpReader(), settings.subreddits(), progress)
                .read(dumps, month, clock.instant());
    List<SubredditFetch> results = new ArrayList<>();
    for (String subreddit : settings.subreddits()) {
      Optional<ArchivedPosts> posts = read.postsOf(subreddit);
      if (posts.isEmpty()) {
        progress.accept("r/" + subreddit + ": no posts of " + month + " in the dumps; not fetched");
        continue;
      }
      progress.accept(
          "r/" + subreddit + ": " + posts.get().count() + " posts of " + month + " in the dumps");
      // Warnings about the dumps themselves are told once, with the first subreddit.
      List<String> warnings = new ArrayList<>(results.isEmpty() ? read.warnings() : List.of());
      int requestsBefore = stats.requests();
      HttpActivity activityBefore = stats.snapshot();
      HttpStats.Mark mark = stats.mark();
      SubredditFetch fetched =
          fromArchive(
              subreddit,
              month,
              posts.get(),
              List.of(),
              ReadMethod.DUMP,
              OptionalLong.empty(),
              warnings,
              requestsBefore,
              activityBefore);
      results.add(counted(fetched, month, dumps, mark, new RequestFloor()));
    }
    return results;
  }

  private SubredditFetch fetchOne(
      String subreddit, CalendarMonth month, SourceDecision decision, List<String> warnings) {
    HttpStats.Mark mark = stats.mark();
    RequestFloor floor = new RequestFloor();
    return counted(
        read(subreddit, month, decision, warnings, floor), month, List.of(), mark, floor);
  }

  /**
   * The fetch with its requests held against the month's floor, kind by kind as the plan names
   * them; a floor of none when nothing was sent (a dump without the refresh).
   */
  private SubredditFetch counted(
      SubredditFetch fetch,
      CalendarMonth month,
      List<Path> dumps,
      HttpStats.Mark mark,
      RequestFloor floor) {
    // Nothing sent, nothing to match: the plan is not asked for (it would build the network).
    RequestCount count =
        stats.mark().equals(mark)
            ? RequestCount.NONE
            : floor.sentNeeded(
                stats.count(
                    mark,
                    new RequestKinds(plan(month, dumps).steps(), RequestCount.OTHER)::kindOf,
                    floor.byKind()));
    SourceResult<RedditThread> threads = fetch.threads();
    return new SubredditFetch(
        fetch.subreddit(),
        new SourceResult<>(threads.items(), threads.report().withRequestCount(count)),
        fetch.figures());
  }

  private SubredditFetch read(
      String subreddit,
      CalendarMonth month,
      SourceDecision decision,
      List<String> warnings,
      RequestFloor floor) {
    int requestsBefore = stats.requests();
    HttpActivity activityBefore = stats.snapshot();
    // Said before the first request, so that a live display counts its requests and waits here.
    progress.accept(
        "r/"
            + subreddit
            + ": reading "
            + (decision.first() == ReadMethod.LISTING
                ? "the top listing (t=" + decision.window().parameter() + ")"
                : "the archive"));
    ListingRead.Outcome listing = null;
    if (decision.first() == ReadMethod.LISTING) {
      listing = network().listings().read(subreddit, month, decision.window(), warnings);
      floor.listing(listing.found());
      if (!decision.archiveIfListingCut() || listing.complete() || listing.unavailable()) {
        return listing.toFetch(
            subreddit, stats.requests() - requestsBefore, warnings, stats.since(activityBefore));
      }
      progress.accept(
          "r/"
              + subreddit
              + ": the listing does not cover all of "
              + month
              + "; reading the archive");
    }
    try {
      ArchivePager.Result read = network().archive().readMonth(subreddit, month);
      List<Post> posts = read.posts();
      floor.archive(posts.size() + read.unusable().size());
      warnings.addAll(read.warnings());
      OptionalLong expected = expectedPosts(subreddit, month, warnings);
      return fromArchive(
          subreddit,
          month,
          ArchivedPosts.of(posts, subreddit, clock.instant()),
          read.unusable(),
          ReadMethod.ARCHIVE,
          expected,
          warnings,
          requestsBefore,
          activityBefore);
    } catch (CurateException e) {
      if (!decision.listingIfArchiveFails() || e.exitCode() == ExitCode.CREDENTIALS) {
        throw e;
      }
      warnings.add("the archive failed (" + e.getMessage() + "); fell back to the top listing");
      // Said at once too, -q or not: the listing may fail in turn and end the fetch, and the
      // warnings above are printed only when the subreddit is saved.
      LOG.warning(
          "r/"
              + subreddit
              + ": the archive failed ("
              + e.getMessage()
              + "); "
              + (listing == null
                  ? "reading the top listing instead"
                  : "keeping what the top listing read"));
      if (listing == null) {
        listing = network().listings().read(subreddit, month, decision.window(), warnings);
        floor.listing(listing.found());
      }
      return listing.toFetch(
          subreddit, stats.requests() - requestsBefore, warnings, stats.since(activityBefore));
    }
  }

  /**
   * @param posts already mapped, a dump's as it was read
   * @param unreadable posts the archive sent that could not be read at all; skipped, with those
   *     {@link dev.curate.reddit.post.ThreadMapper} found unusable, in one warning
   */
  private SubredditFetch fromArchive(
      String subreddit,
      CalendarMonth month,
      ArchivedPosts posts,
      List<UnusablePost> unreadable,
      ReadMethod method,
      OptionalLong expected,
      List<String> warnings,
      int requestsBefore,
      HttpActivity activityBefore) {
    SkippedPosts skipped = new SkippedPosts();
    skipped.addAll(unreadable);
    skipped.addAll(posts.skipped());
    skipped.warning("r/" + subreddit).ifPresent(warnings::add);
    InfoRefresher.Refresh refresh = InfoRefresher.Refresh.NONE;
    if (settings.refreshTop() > 0) {
      List<RedditThread> live = archived.live(posts, month);
      refresh = network().refresher().refresh(subreddit, live, settings.refreshTop());
      if (refresh.warning() != null) {
        warnings.add(refresh.warning());
      }
    }
    ArchivedThreads.Mapped mapped = archived.map(posts, subreddit, month, refresh);
    mapped
        .unusableAnswers()
        .warning(
            "r/" + subreddit + ", Reddit's /api/info answer",
            "their threads keep the archive's figures")
        .ifPresent(warnings::add);
    int inMonth =
        mapped.kept().size()
            + (int)
                mapped.deleted().stream()
                    .filter(t -> t.createdAt() != null && month.contains(t.createdAt()))
                    .count();
    boolean complete = true;
    if (expected.isPresent() && inMonth < expected.getAsLong()) {
      complete = false;
      warnings.add(
          "r/"
              + subreddit
              + ": the archive counts "
              + expected.getAsLong()
              + " posts in "
              + month
              + " but served "
              + inMonth);
    }
    UnservedThreads.warning(subreddit, month, mapped.unserved()).ifPresent(warnings::add);
    progress.accept(
        "r/"
            + subreddit
            + ": "
            + mapped.kept().size()
            + " threads of "
            + month
            + " from the "
            + method.slug()
            + (refresh.current().isEmpty()
                ? ""
                : ", " + refresh.current().size() + " refreshed from Reddit")
            + (mapped.unserved().isEmpty()
                ? ""
                : ", " + mapped.unserved().size() + " no longer served by Reddit")
            + (mapped.deleted().isEmpty()
                ? ""
                : "; " + mapped.deleted().size() + " deleted by their authors, not kept"));
    SourceReport report =
        new SourceReport(
            new SourceId.Subreddit(subreddit),
            stats.requests() - requestsBefore,
            posts.count(),
            mapped.kept().size(),
            warnings,
            stats.since(activityBefore),
            complete,
            method,
            expected.isPresent() ? (int) expected.getAsLong() : null);
    List<RedditThread> items = new ArrayList<>(mapped.kept());
    items.addAll(mapped.deleted());
    return new SubredditFetch(subreddit, new SourceResult<>(items, report), mapped.figures());
  }

  /**
   * The archive's own count of the month's posts; a failure to get it is a warning, not an error.
   */
  private OptionalLong expectedPosts(String subreddit, CalendarMonth month, List<String> warnings) {
    try {
      return network().archiveClient().monthlyPostCount(subreddit, month);
    } catch (CurateException e) {
      warnings.add(
          "r/"
              + subreddit
              + ": no post count from the archive to compare with ("
              + e.getMessage()
              + ")");
      return OptionalLong.empty();
    }
  }

  private void userAgentWarning(List<String> warnings) {
    if (!credentials.userAgentFromEnvironment()) {
      warnings.add(
          RedditCredentials.USER_AGENT
              + " is not set: Reddit asks for a User-Agent that names you,"
              + " '<platform>:<app id>:<version> (by /u/<your username>)'; sent '"
              + credentials.userAgent()
              + "'");
    }
  }
}
