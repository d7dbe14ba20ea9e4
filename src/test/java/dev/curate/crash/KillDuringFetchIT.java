package dev.curate.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * K1: {@code kill -9} of a real {@code curate fetch} at moments spread over the fetch, some of them
 * on the line the fetch prints just before a source's transaction, so that the kill lands while
 * SQLite writes. After every kill the store must open, pass SQLite's integrity check, still hold
 * the earlier complete fetch unchanged, and have no fetch_run row for a save that did not commit;
 * at the end a plain fetch must complete.
 *
 * <p>The delays come from a fixed seed (printed; {@code -Dcurate.k1.seed=N} replays another).
 */
class KillDuringFetchIT {
  private static final int TRIALS = 10;
  private static final long DEFAULT_SEED = 20181130L;

  /**
   * Per request: with 5 requests and one 2 s search pause a fetch takes about 3 s after start-up.
   */
  private static final int DELAY_MILLIS = 50;

  private static final Duration LIMIT = Duration.ofSeconds(30);

  /** The sources in the order the fetch saves them, and the line it prints before each save. */
  private static final List<String> SOURCES =
      List.of("github", "reddit:MachineLearning", "reddit:datascience");

  @TempDir Path workspace;
  @TempDir Path home;

  @Test
  void killDuringFetchLeavesTheStoreWholeAndEarlierFetchesIntact() throws Exception {
    long seed = Long.getLong("curate.k1.seed", DEFAULT_SEED);
    System.out.println("K1 seed: " + seed + " (replay with -Dcurate.k1.seed=" + seed + ")");
    Random random = new Random(seed);
    long started = System.nanoTime();
    try (StandIn standIn = new StandIn(DELAY_MILLIS)) {
      ChildCurate curate =
          new ChildCurate(
              workspace,
              ChildCurate.writeConfig(home),
              ChildCurate.environment(standIn.baseUrl(), home));

      ChildCurate.Running first = curate.start();
      assertThat(first.await(LIMIT)).as(first.stderr()).isZero();
      Duration fetchTime = first.elapsed();
      Duration firstLine = first.firstLineAfter();
      StoreSnapshot baseline = StoreSnapshot.read(workspace);
      assertThat(baseline.repos()).isNotEmpty();
      assertThat(
              baseline.sourcesAddedSince(
                  new StoreSnapshot(List.of(), List.of(), List.of(), List.of(), List.of())))
          .containsExactlyInAnyOrderElementsOf(SOURCES);
      System.out.println("K1 baseline fetch: " + fetchTime.toMillis() + " ms");
      first.timedLines().forEach(l -> System.out.println("K1   " + l));

      for (int trial = 0; trial < TRIALS; trial++) {
        StoreSnapshot before = StoreSnapshot.read(workspace);
        ChildCurate.Running child = curate.start();
        String moment = killSomewhere(child, trial, random, firstLine, fetchTime);
        int exit = child.await(LIMIT);
        List<String> said = child.lines();
        Set<String> recorded = StoreSnapshot.read(workspace).sourcesAddedSince(before);
        System.out.printf(
            "K1 trial %d: %s; exit %d; saves begun %s, committed %s; last line: %s%n",
            trial,
            moment,
            exit,
            ordered(savesStarted(said)),
            ordered(recorded),
            said.isEmpty() ? "(none)" : said.get(said.size() - 1));

        StoreSnapshot.assertStoreOpens(workspace);
        StoreSnapshot after = StoreSnapshot.read(workspace);
        after.assertIntactAfter(baseline);
        after.assertEveryRunMatchesItsRows(workspace);
        assertThat(recorded)
            .as("fetch_run rows of trial %d (%s)", trial, moment)
            .isSubsetOf(savesStarted(said))
            .containsAll(savesCommitted(said));
      }

      ChildCurate.Running last = curate.start();
      assertThat(last.await(LIMIT)).as(last.stderr()).isZero();
      StoreSnapshot end = StoreSnapshot.read(workspace);
      end.assertIntactAfter(baseline);
      end.assertEveryRunMatchesItsRows(workspace);
    }
    System.out.println(
        "K1 took " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
  }

  /**
   * Odd trials kill on a "saving ..." line (or on the final summary): SIGKILL then reaches the
   * child within a millisecond or two, while it is inside or just past that source's transaction.
   * Even trials kill at a random point between the child's first line (the store is about to be
   * opened) and nearly the end of a whole fetch.
   */
  private static String killSomewhere(
      ChildCurate.Running child, int trial, Random random, Duration firstLine, Duration fetchTime) {
    if (trial % 2 == 1) {
      int which = random.nextInt(SOURCES.size() + 1);
      Predicate<String> line =
          which < SOURCES.size()
              ? l -> l.startsWith("saving " + SOURCES.get(which) + ":")
              : l -> l.startsWith("Fetched ");
      long extraMicros = random.nextInt(500);
      child.onLine(
          line,
          () -> {
            LockSupport.parkNanos(extraMicros * 1_000);
            child.kill();
          });
      return String.format(
          Locale.ROOT,
          "kill -9 %.1f ms after %s",
          extraMicros / 1000.0,
          which < SOURCES.size() ? "'saving " + SOURCES.get(which) + "'" : "the summary");
    }
    // The fraction comes from the seed, the time it stands for from this machine's baseline fetch.
    double fraction = random.nextDouble();
    long from = firstLine.toMillis();
    long delay = from + (long) (fraction * (fetchTime.toMillis() * 95 / 100 - from));
    LockSupport.parkNanos(Duration.ofMillis(delay).toNanos());
    child.kill();
    return String.format(Locale.ROOT, "kill -9 at %.2f of the fetch (%d ms)", fraction, delay);
  }

  private static List<String> ordered(Set<String> sources) {
    return SOURCES.stream().filter(sources::contains).toList();
  }

  /** Sources whose "saving" line was printed: their transaction may have committed. */
  private static Set<String> savesStarted(List<String> lines) {
    Set<String> started = new java.util.HashSet<>();
    for (String line : lines) {
      for (String s : SOURCES) {
        if (line.startsWith("saving " + s + ":")) {
          started.add(s);
        }
      }
    }
    return started;
  }

  /**
   * Sources whose save certainly committed. GitHub and Reddit are read side by side, each on a
   * thread of its own that prints nothing between a "saving" line and its commit; the other thread
   * may. So a save committed when a later line came from the same source's thread (GitHub's lines
   * start with {@code github:}, {@code events:} or name {@code github}; Reddit's with {@code r/} or
   * name {@code reddit:}), or from neither: the summary, printed once both threads are done.
   */
  private static Set<String> savesCommitted(List<String> lines) {
    Set<String> committed = new java.util.HashSet<>();
    Map<String, String> pending = new HashMap<>(); // source -> its thread
    for (String line : lines) {
      String thread = threadOf(line);
      pending
          .entrySet()
          .removeIf(
              p -> {
                boolean done = thread == null || thread.equals(p.getValue());
                if (done) {
                  committed.add(p.getKey());
                }
                return done;
              });
      for (String s : SOURCES) {
        if (line.startsWith("saving " + s + ":")) {
          pending.put(s, threadOf(line));
        }
      }
    }
    return committed;
  }

  /** Whose thread printed {@code line}: "github", "reddit", or null for the fetch's own lines. */
  private static String threadOf(String line) {
    String l = line.replaceFirst("^(saving |warning: )", "");
    if (l.startsWith("github:") || l.startsWith("events:")) {
      return "github";
    }
    if (l.startsWith("r/") || l.startsWith("reddit:")) {
      return "reddit";
    }
    return null;
  }
}
