package dev.curate.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * K2c, full disk: a fetch whose save cannot be written (the child runs under a file-size limit,
 * which fails writes the way a full disk does) ends with exit 1 and one line, and leaves the store
 * as it was.
 */
class FullDiskIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  /**
   * 40 KiB: room for SQLite's 32 KiB shared-memory index, not for a fetch's worth of WAL frames.
   */
  private static final long LIMIT_BLOCKS = 80;

  @TempDir Path workspace;
  @TempDir Path home;
  @TempDir Path lib;

  @Test
  void aSaveThatCannotBeWrittenIsOneLineAndExitOneAndTheStoreStaysWhole() throws Exception {
    Path sqlite = ChildCurate.extractSqliteLibrary(lib);
    try (StandIn standIn = new StandIn(0)) {
      ChildCurate curate =
          new ChildCurate(
              workspace,
              ChildCurate.writeConfig(home),
              ChildCurate.environment(standIn.baseUrl(), home));
      ChildCurate.Running first = curate.start();
      assertThat(first.await(LIMIT)).as(first.stderr()).isZero();
      StoreSnapshot baseline = StoreSnapshot.read(workspace);

      ChildCurate.Running full = curate.startWithFileSizeLimit(LIMIT_BLOCKS, sqlite);
      int exit = full.await(LIMIT);
      full.timedLines().forEach(l -> System.out.println("K2c full disk: " + l));

      assertThat(exit).as(full.stderr()).isEqualTo(1);
      List<String> lines = full.lines();
      String last = lines.get(lines.size() - 1);
      // SQLite rolls the failed commit back itself; the store must still report the real error.
      assertThat(last)
          .startsWith("curate: could not save")
          .contains(StoreSnapshot.database(workspace).toString())
          .contains("nothing of it was saved")
          .doesNotContain("unknown state");
      assertThat(full.stderr()).doesNotContain("Exception", "\tat ");

      StoreSnapshot.assertStoreOpens(workspace);
      StoreSnapshot after = StoreSnapshot.read(workspace);
      after.assertIntactAfter(baseline);
      after.assertEveryRunMatchesItsRows(workspace);

      ChildCurate.Running next = curate.start();
      assertThat(next.await(LIMIT)).as(next.stderr()).isZero();
    }
  }
}
