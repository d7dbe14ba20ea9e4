package dev.curate.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X4: Ctrl-C (SIGINT) during a fetch. curate installs no signal handler of its own: the JVM runs
 * its shutdown hooks (curate's says in one line what the fetch kept) and exits with 130 (128 +
 * SIGINT), and an unfinished transaction is never committed, so SQLite discards it when the file is
 * next opened. What this test pins is that the exit code is 130, that the one line says what was
 * kept (GitHub and Reddit are read side by side, so Reddit may be saved while GitHub still
 * searches), that nothing of ours prints a stack trace on the way out, that no half source is
 * saved, and that the next fetch works.
 */
class InterruptDuringFetchIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final long SIGINT_MASK = 1L << (2 - 1);

  private static final List<String> SOURCES =
      List.of("github", "reddit:MachineLearning", "reddit:datascience");

  @TempDir Path workspace;
  @TempDir Path home;

  @Test
  void ctrlCMidFetchExits130AndSavesNothingHalfDone() throws Exception {
    try (StandIn standIn = new StandIn(50)) {
      ChildCurate curate =
          new ChildCurate(
              workspace,
              ChildCurate.writeConfig(home),
              ChildCurate.environment(standIn.baseUrl(), home));
      ChildCurate.Running first = curate.start();
      assertThat(first.await(LIMIT)).as(first.stderr()).isZero();
      StoreSnapshot baseline = StoreSnapshot.read(workspace);

      // While GitHub searches are being paced; Reddit, read side by side, may be saved already.
      ChildCurate.Running paced = curate.start();
      assertSigintIsNotIgnored(paced);
      paced.onLine(l -> l.startsWith("github: 'topic:deep-learning'"), paced::interrupt);
      assertInterrupted(paced);
      StoreSnapshot afterPaced = StoreSnapshot.read(workspace);
      afterPaced.assertIntactAfter(baseline);
      assertThat(afterPaced.sourcesAddedSince(baseline)).doesNotContain("github");
      assertTheLineSaysWhatWasKept(paced, afterPaced.sourcesAddedSince(baseline));

      // As the GitHub results are being saved: that save commits whole or not at all.
      ChildCurate.Running saving = curate.start();
      saving.onLine(l -> l.startsWith("saving github:"), saving::interrupt);
      assertInterrupted(saving);
      StoreSnapshot afterSaving = StoreSnapshot.read(workspace);
      afterSaving.assertIntactAfter(baseline);
      afterSaving.assertEveryRunMatchesItsRows(workspace);
      // Interrupted as the save began: said to be in the store whole or not at all, or kept.
      assertThat(theLine(saving)).contains("github");
      assertTheLineSaysWhatWasKept(saving, afterSaving.sourcesAddedSince(afterPaced));

      ChildCurate.Running next = curate.start();
      assertThat(next.await(LIMIT)).as(next.stderr()).isZero();
      StoreSnapshot end = StoreSnapshot.read(workspace);
      end.assertIntactAfter(baseline);
      assertThat(end.sourcesAddedSince(afterSaving))
          .containsExactlyInAnyOrder("github", "reddit:MachineLearning", "reddit:datascience");
    }
  }

  private static String theLine(ChildCurate.Running child) {
    List<String> lines = child.stderr().lines().filter(l -> l.startsWith("Interrupted")).toList();
    assertThat(lines).as(child.stderr()).hasSize(1);
    return lines.get(0);
  }

  /**
   * The one line names what the store gained and nothing else: every source it says it kept is in
   * the store, and every source in the store is named, kept or caught mid-save ("whole or none").
   */
  private static void assertTheLineSaysWhatWasKept(ChildCurate.Running child, Set<String> added) {
    String line = theLine(child);
    if (added.isEmpty()) {
      assertThat(line)
          .satisfiesAnyOf(
              l ->
                  assertThat(l)
                      .isEqualTo(
                          "Interrupted: this fetch kept nothing of 2018-11; the store is"
                              + " unchanged"),
              l -> assertThat(l).startsWith("Interrupted while saving ").contains("or none"));
    }
    for (String source : SOURCES) {
      String shown = source.startsWith("reddit:") ? "r/" + source.substring(7) : source;
      if (added.contains(source)) {
        assertThat(line).as("in the store: %s", source).contains(shown);
      } else {
        assertThat(line).as("not in the store: %s", source).doesNotContain(shown + " (");
      }
    }
  }

  private static void assertInterrupted(ChildCurate.Running child) throws InterruptedException {
    int exit = child.await(LIMIT);
    System.out.println(
        "X4: exit " + exit + " after " + child.elapsed().toMillis() + " ms; stderr:");
    child.timedLines().forEach(l -> System.out.println("X4   " + l));
    assertThat(exit).as(child.stderr()).isEqualTo(130);
    assertThat(child.stderr()).doesNotContain("Exception", "\tat ", "Caused by");
  }

  /**
   * A JVM started with SIGINT ignored (a background job of a non-interactive shell) keeps it
   * ignored, and Ctrl-C could never reach curate; say so rather than time out.
   */
  private static void assertSigintIsNotIgnored(ChildCurate.Running child) throws IOException {
    Path status = Path.of("/proc", Long.toString(child.pid()), "status");
    if (!Files.exists(status)) {
      return;
    }
    List<String> lines = Files.readAllLines(status);
    for (String line : lines) {
      if (line.startsWith("SigIgn:")) {
        long ignored = Long.parseLong(line.substring("SigIgn:".length()).trim(), 16);
        assertThat(ignored & SIGINT_MASK)
            .as(
                String.format(
                    Locale.ROOT,
                    "the test JVM passed SIGINT on as ignored (SigIgn %x): run the build"
                        + " from a shell that does not ignore it",
                    ignored))
            .isZero();
      }
    }
  }
}
