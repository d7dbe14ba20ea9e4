package dev.curate.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Comment;
import dev.curate.model.EditorOverride;
import dev.curate.model.MonthStargazers;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Publication;
import dev.curate.model.RankedRepo;
import dev.curate.model.Readme;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.SubredditFetch;
import dev.curate.model.ThreadFigures;
import dev.curate.model.ThreadUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The workspace's SQLite database: candidates fetched per month, the record of each fetch, and the
 * shortlists. Every save is one transaction, so an interrupted fetch never leaves half a month
 * behind. Failures leave as {@link dev.curate.error.StoreException}s that name the file.
 */
public final class Store implements AutoCloseable {
  public static final String DATABASE_FILE = "curate.db";

  private final Database database;
  private final int schemaVersion;
  private final RepoTable repos;
  private final ThreadTable threads = new ThreadTable();
  private final FetchRunTable fetchRuns;
  private final ShortlistTable shortlists;
  private final StarSnapshotTable starSnapshots = new StarSnapshotTable();
  private final StarGainTable starGains = new StarGainTable();
  private final MonthlyStarsTable starEvents = new MonthlyStarsTable();
  private final StargazersTable stargazers = new StargazersTable();
  private final EditorOverrideTable overrides = new EditorOverrideTable();
  private final PublicationTable publications = new PublicationTable();
  private final ReadmeTable readmes = new ReadmeTable();
  private final CommentTable comments = new CommentTable();
  private final ThreadFiguresTable figures = new ThreadFiguresTable();

  private Store(Database database, int schemaVersion, Columns columns) {
    this.database = database;
    this.schemaVersion = schemaVersion;
    this.repos = new RepoTable(columns);
    this.fetchRuns = new FetchRunTable(columns);
    this.shortlists = new ShortlistTable(repos, columns);
  }

  /**
   * Opens {@code <workspace>/curate.db}, creating the directory and the file if needed, and brings
   * the schema up to date.
   */
  public static Store open(Path workspace) {
    return open(workspace, Migrations.bundled(), Clock.systemUTC());
  }

  /**
   * Opens the workspace for a command that only needs to read it ({@code draft}, which may also
   * keep what it read, at best): as {@link #open} when the workspace folder can be written (or does
   * not exist yet), else read-only, where every write fails with a {@link
   * dev.curate.error.StoreException} and nothing is ever changed.
   */
  public static Store openForReading(Path workspace) {
    Path directory = workspace.toAbsolutePath().normalize();
    if (!Files.exists(directory) || Files.isWritable(directory)) {
      return open(workspace);
    }
    return onSchema(
        Database.openReadOnly(directory, DATABASE_FILE), Migrations.bundled()::requireCurrent);
  }

  static Store open(Path workspace, Migrations migrations, Clock clock) {
    return onSchema(
        Database.open(workspace, DATABASE_FILE), database -> migrations.migrate(database, clock));
  }

  /**
   * A store on {@code database} once {@code schema} has brought it to (or found it at) this
   * curate's version.
   */
  private static Store onSchema(Database database, ToIntFunction<Database> schema) {
    try {
      int version = schema.applyAsInt(database);
      return new Store(database, version, new Columns(new ObjectMapper()));
    } catch (RuntimeException e) {
      try {
        database.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The file this store reads and writes. */
  public Path databaseFile() {
    return database.file();
  }

  /** The schema version of the open database (the latest this curate knows). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Saves one GitHub fetch of a month in one transaction: all of it, or nothing. */
  public void saveRepos(CalendarMonth month, SourceResult<Repo> result, Instant fetchedAt) {
    database.write(
        "save the " + result.report().source().key() + " fetch of " + month,
        connection -> {
          repos.save(connection, month, result.items(), fetchedAt);
          fetchRuns.insert(connection, month, result.report(), fetchedAt);
          return null;
        });
  }

  /**
   * Saves one subreddit's fetch of a month in one transaction: all of it, or nothing. The fetch is
   * recorded under the report's source.
   *
   * <p>Items marked {@link RedditThread#deleted()} are not saved but purged: Reddit's Data API
   * terms ask that "when posts and comments are deleted, you must delete all content related to the
   * post". Any stored copy goes, with its links to every month and its shortlist entries, whichever
   * month it was fetched for; in the same transaction, so a failed save purges nothing and the next
   * fetch tries again.
   */
  public void saveThreads(
      CalendarMonth month, String subreddit, SourceResult<RedditThread> result, Instant fetchedAt) {
    saveSubreddit(month, new SubredditFetch(subreddit, result, List.of()), fetchedAt);
  }

  /** The month's candidate repositories with their latest figures, by GitHub id. */
  public List<Repo> repos(CalendarMonth month) {
    return database.read(
        "read the repositories of " + month, connection -> repos.ofMonth(connection, month));
  }

  /** The month's candidate threads with their latest figures, oldest id first. */
  public List<RedditThread> threads(CalendarMonth month) {
    return database.read(
        "read the threads of " + month, connection -> threads.ofMonth(connection, month));
  }

  /** The month whose latest completed fetch is the most recent one. */
  public Optional<CalendarMonth> latestFetchedMonth() {
    return database.read("find the latest fetched month", fetchRuns::latestMonth);
  }

  /** Every month fetched in this workspace, oldest first. */
  public List<CalendarMonth> fetchedMonths() {
    return database.read("list the fetched months", fetchRuns::months);
  }

  public boolean hasFetched(CalendarMonth month) {
    return database.read(
        "look up the fetches of " + month, connection -> fetchRuns.any(connection, month));
  }

  /** The fetches of a month, oldest first: what each source did and when. */
  public List<FetchRun> fetchRuns(CalendarMonth month) {
    return database.read(
        "read the fetches of " + month, connection -> fetchRuns.ofMonth(connection, month));
  }

  /** Replaces the month's shortlist in one transaction. */
  public void saveShortlist(Shortlist shortlist) {
    database.write(
        "save the shortlist of " + shortlist.month(),
        connection -> {
          shortlists.replace(connection, shortlist);
          return null;
        });
  }

  /** The month's shortlist in rank order, with each item's current facts. */
  public Optional<Shortlist> shortlist(CalendarMonth month) {
    return database.read(
        "read the shortlist of " + month,
        connection -> {
          Optional<Shortlist> stored = shortlists.read(connection, month);
          if (stored.isEmpty()) {
            return stored;
          }
          return Optional.of(withStarGains(stored.get(), starGains.ofMonth(connection, month)));
        });
  }

  /**
   * Saves one GitHub fetch of a month in one transaction, with what it learnt about stars: a star
   * snapshot of every repository ({@link StarSnapshot#of}), and the month's stars gained. A stored
   * figure is replaced only by one of the same or a better method (see {@link StarGainTable}).
   *
   * @param gains the month's stars gained by repository id; an unknown one records nothing
   * @return the month's stars gained for the fetched repositories, as stored after the save
   */
  public Map<Long, StarGain> saveRepos(
      CalendarMonth month,
      SourceResult<Repo> result,
      Map<Long, StarGain> gains,
      Instant fetchedAt) {
    return saveRepos(month, result, gains, Map.of(), fetchedAt);
  }

  /**
   * As {@link #saveRepos(CalendarMonth, SourceResult, Map, Instant)}, with what an events source
   * counted for the month and the three months before, in the same transaction. A previous month a
   * count leaves unknown keeps what an earlier count of the month found ({@link
   * MonthlyStarsTable}).
   *
   * @param monthlyStars by repository id, each one of {@code result}'s repositories
   */
  public Map<Long, StarGain> saveRepos(
      CalendarMonth month,
      SourceResult<Repo> result,
      Map<Long, StarGain> gains,
      Map<Long, MonthlyStars> monthlyStars,
      Instant fetchedAt) {
    return saveRepos(month, result, gains, monthlyStars, Map.of(), fetchedAt);
  }

  /**
   * As {@link #saveRepos(CalendarMonth, SourceResult, Map, Map, Instant)}, with the month's
   * stargazers an events source on ClickHouse counted (and those that starred nothing else), in the
   * same transaction; a new count replaces the month's.
   *
   * @param stargazers by repository id, each one of {@code result}'s repositories
   */
  public Map<Long, StarGain> saveRepos(
      CalendarMonth month,
      SourceResult<Repo> result,
      Map<Long, StarGain> gains,
      Map<Long, MonthlyStars> monthlyStars,
      Map<Long, MonthStargazers> stargazers,
      Instant fetchedAt) {
    return database.write(
        "save the " + result.report().source().key() + " fetch of " + month,
        connection -> {
          repos.save(connection, month, result.items(), fetchedAt);
          fetchRuns.insert(connection, month, result.report(), fetchedAt);
          starSnapshots.insert(connection, result.items(), fetchedAt);
          starGains.save(connection, month, gains);
          starEvents.save(connection, month, monthlyStars, fetchedAt);
          this.stargazers.save(connection, month, stargazers, fetchedAt);
          Map<Long, StarGain> stored = starGains.ofMonth(connection, month);
          Map<Long, StarGain> fetched = new HashMap<>();
          for (Repo repo : result.items()) {
            fetched.put(repo.id(), stored.getOrDefault(repo.id(), StarGain.UNKNOWN));
          }
          return fetched;
        });
  }

  /**
   * Records the watchers GitHub gave ({@code subscribers_count}) for stored repositories, in one
   * transaction; later saves without watchers (a search) keep them.
   */
  public void saveWatchers(Map<Long, Integer> byRepoId) {
    if (byRepoId.isEmpty()) {
      return;
    }
    database.write(
        "save the watchers of " + byRepoId.size() + " repositories",
        connection -> {
          repos.saveWatchers(connection, byRepoId);
          return null;
        });
  }

  /**
   * Every star snapshot earlier fetches kept of these repositories, oldest first, by repository id.
   */
  public Map<Long, List<StarSnapshot>> starSnapshots(Collection<Long> repoIds) {
    return database.read(
        "read the star snapshots of " + repoIds.size() + " repositories",
        connection -> starSnapshots.ofRepos(connection, repoIds));
  }

  /**
   * The stars GH Archive recorded for the month's repositories in the month and the three before,
   * by repository id; a repository without an entry was not counted.
   */
  public Map<Long, MonthlyStars> monthlyStars(CalendarMonth month) {
    return database.read(
        "read the star events of " + month, connection -> starEvents.ofMonth(connection, month));
  }

  /**
   * The month's stargazers GH Archive counted, and those that starred nothing else, by repository
   * id; a repository without an entry was not counted.
   */
  public Map<Long, MonthStargazers> stargazers(CalendarMonth month) {
    return database.read(
        "read the stargazers of " + month, connection -> stargazers.ofMonth(connection, month));
  }

  /** The month's known stars gained by repository id; a repository without an entry is unknown. */
  public Map<Long, StarGain> starGains(CalendarMonth month) {
    return database.read(
        "read the stars gained in " + month, connection -> starGains.ofMonth(connection, month));
  }

  private static Shortlist withStarGains(Shortlist shortlist, Map<Long, StarGain> gains) {
    List<RankedRepo> repos =
        shortlist.repos().stream()
            .map(
                r ->
                    new RankedRepo(
                        r.rank(),
                        r.score(),
                        r.repo(),
                        r.area(),
                        r.picked(),
                        r.note(),
                        r.flags(),
                        gains.getOrDefault(r.repo().id(), StarGain.UNKNOWN)))
            .toList();
    return new Shortlist(shortlist.month(), repos, shortlist.threads(), shortlist.rankedAt());
  }

  /** Records the editor's decision about one candidate of a month; nothing decided deletes it. */
  public void saveOverride(CalendarMonth month, EditorOverride override, Instant at) {
    database.write(
        "save the editor's override of " + override.candidate() + " in " + month,
        connection -> {
          overrides.put(connection, month, override, at);
          return null;
        });
  }

  /** The editor's decisions about the month's candidates, by candidate key. */
  public List<EditorOverride> overrides(CalendarMonth month) {
    return database.read(
        "read the editor's overrides of " + month,
        connection -> overrides.ofMonth(connection, month));
  }

  /** Records a month as published with what it featured, replacing an earlier publish of it. */
  public void savePublication(Publication publication) {
    database.write(
        "record " + publication.month() + " as published",
        connection -> {
          publications.replace(connection, publication);
          return null;
        });
  }

  /** Every published issue, oldest month first. */
  public List<Publication> publications() {
    return database.read("read the published issues", publications::all);
  }

  /**
   * Saves fetched READMEs in one transaction.
   *
   * @param byRepoId README by repository id; an empty Optional records that there is none
   */
  public void saveReadmes(Map<Long, Optional<Readme>> byRepoId, Instant fetchedAt) {
    database.write(
        "save " + byRepoId.size() + " READMEs",
        connection -> {
          readmes.save(connection, byRepoId, fetchedAt);
          return null;
        });
  }

  /** The READMEs of the month's candidates that have one, by repository id. */
  public Map<Long, Readme> readmes(CalendarMonth month) {
    return database.read(
        "read the READMEs of " + month, connection -> readmes.ofMonth(connection, month));
  }

  /** Caches a thread's top comments in Reddit's order, replacing what was cached. */
  public void saveComments(String threadId, List<Comment> threadComments, Instant fetchedAt) {
    database.write(
        "save the comments of thread " + threadId,
        connection -> {
          comments.save(connection, threadId, threadComments, fetchedAt);
          return null;
        });
  }

  /** A thread's cached comments; empty when they were never read. */
  public Optional<List<Comment>> comments(String threadId) {
    return database.read(
        "read the comments of thread " + threadId, connection -> comments.of(connection, threadId));
  }

  @Override
  public void close() {
    database.close();
  }

  /**
   * Saves one subreddit's fetch of a month, with the archived and refreshed figures of the threads
   * read from an archive or a dump, in one transaction: all of it, or nothing. Deleted threads are
   * purged as in {@link #saveThreads}; their figures go with them.
   */
  public void saveSubreddit(CalendarMonth month, SubredditFetch fetch, Instant fetchedAt) {
    SourceResult<RedditThread> result = fetch.threads();
    List<RedditThread> live = result.items().stream().filter(t -> !t.deleted()).toList();
    List<String> deleted =
        result.items().stream().filter(RedditThread::deleted).map(RedditThread::id).toList();
    database.write(
        "save the r/" + fetch.subreddit() + " fetch of " + month,
        connection -> {
          shortlists.removeThreads(connection, deleted);
          threads.delete(connection, deleted);
          threads.save(connection, month, live, fetchedAt);
          figures.save(connection, fetch.figures());
          fetchRuns.insert(connection, month, result.report(), fetchedAt);
          return null;
        });
  }

  /**
   * Where the editor's work refers to these threads (shortlists, published issues), for those it
   * refers to at all: what a purge of them would take away, to be told before it happens.
   */
  public List<ThreadUse> uses(List<String> threadIds) {
    return database.read(
        "look up the shortlists and issues of " + threadIds.size() + " threads",
        connection -> {
          List<ThreadUse> uses = new java.util.ArrayList<>();
          for (String id : threadIds) {
            // A thread's candidate key is its bare id in lower case (rank.CandidateId), as Reddit
            // writes ids.
            ThreadUse use =
                new ThreadUse(
                    id,
                    shortlists.placesOf(connection, id),
                    publications.featuring(connection, id.toLowerCase(java.util.Locale.ROOT)));
            if (use.any()) {
              uses.add(use);
            }
          }
          return uses;
        });
  }

  /** The archived and refreshed figures of a month's threads that have any, by thread id. */
  public Map<String, ThreadFigures> threadFigures(CalendarMonth month) {
    return database.read(
        "read the thread figures of " + month, connection -> figures.ofMonth(connection, month));
  }
}
