package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fetches a month from each selected source and saves each source's results as one unit: a
 * source that fails leaves nothing of itself behind, and what earlier sources saved stays (it
 * is complete on its own). A re-fetch updates figures in place.
 */
public final class FetchService {
  private final Store store;
  private final Clock clock;
  private final Optional<RepoFetcher> github;
  private final Optional<ThreadFetcher> reddit;
  private final Consumer<String> progress;
  private final Consumer<SourceReport> onSaved;
  private final Optional<ReadmeFetcher> readmes;
  private final int readmeCount;

  /**
   * @param progress told just before each source's transaction starts, so that a person (or the
   *     crash tests, which kill the process on that line) can see when the store is written
   * @param onSaved told after each source's transaction has committed
   */
  public FetchService(
      Store store,
      Clock clock,
      Optional<RepoFetcher> github,
      Optional<ThreadFetcher> reddit,
      Consumer<String> progress,
      Consumer<SourceReport> onSaved) {
    this(store, clock, github, reddit, progress, onSaved, Optional.empty(), 0);
  }

  private FetchService(Store store, Clock clock, Optional<RepoFetcher> github, Optional<ThreadFetcher> reddit,
      Consumer<String> progress, Consumer<SourceReport> onSaved, Optional<ReadmeFetcher> readmes, int readmeCount) {
    this.store = store;
    this.clock = clock;
    this.github = github;
    this.reddit = reddit;
    this.progress = progress;
    this.onSaved = onSaved;
    this.readmes = readmes;
    this.readmeCount = readmeCount;
  }

  /** The same fetch, also reading the READMEs of the month's {@code count} most-starred repositories. */
  public FetchService withReadmes(ReadmeFetcher fetcher, int count) {
    return new FetchService(store, clock, github, reddit, progress, onSaved, Optional.of(fetcher), count);
  }

  public List<SourceReport> fetch(CalendarMonth month) {
    List<SourceReport> reports = new ArrayList<>();
    if (github.isPresent()) {
      SourceResult<Repo> repos = github.get().fetch(month);
      saving(repos.report(), "repositories");
      store.saveRepos(month, repos, clock.instant());
      saved(reports, repos.report());
      readmes.ifPresent(fetcher -> saveReadmes(fetcher, repos.items()));
    }
    if (reddit.isPresent()) {
      // Every subreddit is fetched before any is saved: the listings are read in one pass and
      // a failure part-way (the network, a rate limit) should not leave one subreddit fresher
      // than the other.
      List<SourceResult<RedditThread>> bySubreddit = reddit.get().fetch(month);
      for (SourceResult<RedditThread> threads : bySubreddit) {
        String subreddit = threads.report().source().replaceFirst("^reddit:", "");
        saving(threads.report(), "threads");
        store.saveThreads(month, subreddit, threads, clock.instant());
        saved(reports, threads.report());
      }
    }
    return reports;
  }

  /** After the repositories: a README failure must not cost the month's candidates. */
  private void saveReadmes(ReadmeFetcher fetcher, List<Repo> repos) {
    List<Repo> top = repos.stream().sorted(Comparator.comparingInt(Repo::stars).reversed()).limit(readmeCount).toList();
    if (top.isEmpty()) {
      return;
    }
    progress.accept("github: reading the READMEs of the " + top.size() + " most-starred repositories");
    Map<Long, Optional<String>> byId = new LinkedHashMap<>();
    top.forEach(repo -> byId.put(repo.id(), fetcher.readme(repo)));
    store.saveReadmes(byId, clock.instant());
  }

  private void saving(SourceReport report, String what) {
    progress.accept("saving " + report.source() + ": " + report.kept() + " " + what);
  }

  private void saved(List<SourceReport> reports, SourceReport report) {
    reports.add(report);
    onSaved.accept(report);
  }
}
