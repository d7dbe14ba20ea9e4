package dev.curate.events;

import dev.curate.config.EventsSettings;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A month's star events counted in-process from GH Archive's hour files ({@code --gharchive
 * FILE|DIR...}): the same counts as {@link StarQueries}' month query on ClickHouse, from the files
 * that table is loaded from. Files are read whole files at a time on a few threads, each streamed
 * ({@link WatchEventScanner}); memory is one small record per repository name starred in the four
 * months, never the events.
 */
public final class GhArchiveFiles {
  private final EventsSettings settings;
  private final int threads;

  public GhArchiveFiles(EventsSettings settings) {
    this(settings, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  GhArchiveFiles(EventsSettings settings, int threads) {
    this.settings = settings;
    this.threads = threads;
  }

  /**
   * The month's counts from the hour files among {@code paths}.
   *
   * @throws UsageException when a path is not an hour file or a folder, an hour is given twice, or
   *     none of the files is of the month
   */
  public GhArchiveMonth read(CalendarMonth month, List<Path> paths) {
    HourFiles files = HourFiles.collect(paths, month);
    if (files.byHour().keySet().stream().noneMatch(h -> month.contains(h))) {
      throw new UsageException(
          HourFiles.OPTION
              + ": none of the hour files given is of "
              + month
              + " ("
              + files.byHour().size()
              + " of the three months before, "
              + files.otherMonths()
              + " of other months); GH Archive names them "
              + HourFile.EXAMPLE);
    }
    HourTally total = new HourTally();
    List<String> unreadable = new ArrayList<>();
    List<Instant> unreadableHours = new ArrayList<>();
    readAll(month, files, total, unreadable, unreadableHours);

    int[] missing = new int[1 + StarQueries.EARLIER_MONTHS];
    CalendarMonth m = month;
    for (int k = 0; k < missing.length; k++) {
      CalendarMonth counted = m;
      long given =
          files.byHour().keySet().stream()
              .filter(counted::contains)
              .filter(h -> !unreadableHours.contains(h))
              .count();
      missing[k] = (int) (hours(counted) - given);
      m = m.previous();
    }
    boolean earlierCounted = true;
    List<Integer> earlierMissing = new ArrayList<>();
    m = month;
    for (int k = 1; k < missing.length; k++) {
      m = m.previous();
      earlierMissing.add(missing[k]);
      earlierCounted &= missing[k] < hours(m);
    }
    StarCounts counts =
        new StarCounts(month, top(total, earlierCounted), earlierCounted, !settings.isSound(month));
    return new GhArchiveMonth(
        source(files),
        files.byHour().size() - unreadable.size(),
        total.latestEvent == Long.MIN_VALUE
            ? Optional.empty()
            : Optional.of(Instant.ofEpochSecond(total.latestEvent)),
        counts,
        missing[0],
        earlierMissing,
        total.repos.size(),
        total.lines,
        total.malformed,
        unreadable,
        files.otherMonths());
  }

  private void readAll(
      CalendarMonth month,
      HourFiles files,
      HourTally total,
      List<String> unreadable,
      List<Instant> unreadableHours) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "curate-gharchive-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      CompletionService<Read> reads = new ExecutorCompletionService<>(pool);
      for (HourFile file : files.byHour().values()) {
        reads.submit(() -> read(new WatchEventScanner(month), file));
      }
      for (int i = 0; i < files.byHour().size(); i++) {
        Read read = reads.take().get();
        if (read.tally() != null) {
          total.addAll(read.tally());
        } else {
          unreadable.add(read.file().path() + ": " + read.failure());
          unreadableHours.add(read.file().hour());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CurateException(ExitCode.INTERRUPTED, "interrupted while reading GH Archive files");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One file's counts, or why it could not be read: then none of it counts. */
  private record Read(HourFile file, HourTally tally, String failure) {}

  private static Read read(WatchEventScanner scanner, HourFile file) {
    try {
      return new Read(file, scanner.read(file.path()), null);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Read(file, null, why);
    }
  }

  private List<RepoStars> top(HourTally total, boolean earlierCounted) {
    return total.repos.entrySet().stream()
        .filter(e -> e.getValue().stars[0] > 0)
        .sorted(
            Comparator.<Map.Entry<String, HourTally.Repo>>comparingLong(e -> -e.getValue().stars[0])
                .thenComparing(Map.Entry::getKey))
        .limit(settings.top())
        .map(e -> repoStars(e.getKey(), e.getValue(), earlierCounted))
        .toList();
  }

  private static RepoStars repoStars(String name, HourTally.Repo repo, boolean earlierCounted) {
    List<Long> earlier = new ArrayList<>();
    if (earlierCounted) {
      for (int k = 1; k < repo.stars.length; k++) {
        earlier.add(repo.stars[k]);
      }
    }
    return new RepoStars(
        name,
        repo.repoId < 0 ? OptionalLong.empty() : OptionalLong.of(repo.repoId),
        repo.stars[0],
        earlier);
  }

  private static long hours(CalendarMonth month) {
    return Duration.between(month.start(), month.end()).toHours();
  }

  private static String source(HourFiles files) {
    return files.folders().size() == 1
        ? files.folders().iterator().next().toString()
        : files.folders().size() + " folders";
  }
}
