package dev.curate.crash;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * K2a and K2b, read-only workspace: exit 1 with one line naming the file, no corruption, earlier
 * data intact. Permission bits do not stop root (the tests may run as root, in a container), so as
 * root the files are made immutable with {@code chattr +i} instead, which binds root too; where
 * that is not possible either (no CAP_LINUX_IMMUTABLE, a file system without the flag) the test is
 * skipped, not passed.
 */
class ReadOnlyWorkspaceTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir Path workspace;

  private StoreSnapshot baseline;

  private CliRunner cli() {
    return new CliRunner()
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString())
        .env("GH_TOKEN", "ghp_ReadOnlyWorkspaceToken000000000");
  }

  @BeforeEach
  void fetchOnce() throws Exception {
    CliRunner.Result first = cli().run("fetch", "--month", ChildCurate.MONTH);
    assertThat(first.exitCode()).as(first.err()).isZero();
    baseline = StoreSnapshot.read(workspace);
    api.resetRequests();
  }

  @Test
  void readOnlyWorkspaceFolderIsOneLineAndExitOneBeforeAnyRequest() throws Exception {
    Path db = StoreSnapshot.database(workspace);
    CliRunner.Result r;
    try (ReadOnly ignored = ReadOnly.make(workspace, db)) {
      r = cli().run("fetch", "--month", ChildCurate.MONTH);
    }
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    // Progress lines come first; the failure is the last line and the only one of its kind.
    assertThat(r.err().lines().filter(l -> l.startsWith("curate: ")))
        .containsExactly(
            "curate: workspace "
                + workspace
                + " is not writable: choose a writable directory with --workspace or CURATE_WORKSPACE");
    assertThat(r.err()).endsWith("CURATE_WORKSPACE\n");
    assertThat(api.getAllServeEvents())
        .as("requests made before the store was found read-only")
        .isEmpty();
    assertWhole();
  }

  @Test
  void readOnlyDatabaseFileIsOneLineAndExitOne() throws Exception {
    Path db = StoreSnapshot.database(workspace);
    CliRunner.Result r;
    try (ReadOnly ignored = ReadOnly.make(db)) {
      r = cli().run("fetch", "--month", ChildCurate.MONTH, "--only", "github");
    }
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("curate: ")).toList())
        .singleElement()
        .asString()
        .contains(db.toString())
        .containsIgnoringCase("read");
    assertThat(r.err().lines().reduce((a, b) -> b))
        .hasValueSatisfying(l -> assertThat(l).startsWith("curate: "));
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertWhole();
  }

  /**
   * Drafting only reads the workspace. The thread comments it reads from Reddit (the stand-in
   * serves {@code GET /comments/9ysmtn} as two Listings, the shape PRAW's cassette {@code
   * tests/integration/cassettes/TestCommentForest.test_replace__all_with_comment_sort.json}
   * records) cannot be kept: the draft quotes them anyway, after one warning.
   */
  @Test
  void readOnlyWorkspaceStillDraftsToStdoutQuotingCommentsItCannotKeep() throws Exception {
    CliRunner.Result rank = cli().run("rank");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    baseline = StoreSnapshot.read(workspace);
    api.resetRequests();
    Path db = StoreSnapshot.database(workspace);
    CliRunner.Result printed;
    CliRunner.Result toTheWorkspace;
    try (ReadOnly ignored = ReadOnly.make(workspace, db)) {
      printed = cli().run("draft", "--output", "-");
      api.resetRequests();
      toTheWorkspace = cli().run("draft");
    }

    assertThat(printed.exitCode()).as(printed.err()).isZero();
    assertThat(printed.out())
        .startsWith(
            "# Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)")
        .contains("Eager by default is the right call");
    assertThat(printed.err().lines())
        .singleElement()
        .asString()
        .startsWith("warning: the comments read from Reddit are not kept in the workspace (")
        .contains("readonly")
        .endsWith("the draft quotes them, and the next draft reads them again");

    // The default place is inside the workspace: said at once, before Reddit is asked again.
    assertThat(toTheWorkspace.exitCode()).isEqualTo(1);
    assertThat(toTheWorkspace.out()).isEmpty();
    assertThat(toTheWorkspace.err().lines())
        .containsExactly(
            "curate: cannot write the draft to "
                + workspace.resolve("drafts").resolve(ChildCurate.MONTH + ".md")
                + " (folder "
                + workspace
                + " is not writable): choose another --output, or print the draft with --output -");
    assertThat(api.getAllServeEvents()).isEmpty();

    assertWhole();
    assertThat(workspace.resolve("drafts")).doesNotExist();
    try (dev.curate.store.Store store = dev.curate.store.Store.open(workspace)) {
      assertThat(store.comments("9ysmtn")).as("comments kept in a read-only workspace").isEmpty();
    }
  }

  private void assertWhole() throws Exception {
    StoreSnapshot.assertStoreOpens(workspace);
    StoreSnapshot after = StoreSnapshot.read(workspace);
    after.assertIntactAfter(baseline);
    assertThat(after.fetchRuns()).isEqualTo(baseline.fetchRuns());
  }

  /** Makes files read-only for this process, root or not, and restores them on close. */
  private static final class ReadOnly implements AutoCloseable {
    private final List<Path> paths;
    private final boolean immutable;

    private ReadOnly(List<Path> paths, boolean immutable) {
      this.paths = paths;
      this.immutable = immutable;
    }

    static ReadOnly make(Path... paths) throws IOException, InterruptedException {
      List<Path> all = List.of(paths);
      if (!permissionBitsBind(all.get(0).getParent())) {
        List<Path> done = new ArrayList<>();
        for (Path p : all) {
          if (!chattr("+i", p)) {
            for (Path d : done) {
              chattr("-i", d);
            }
            Assumptions.abort(
                "running as root and chattr +i is not available here: cannot make "
                    + p
                    + " read-only");
          }
          done.add(p);
        }
        return new ReadOnly(all, true);
      }
      for (Path p : all) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
      }
      return new ReadOnly(all, false);
    }

    /** False for root (or CAP_DAC_OVERRIDE): a file without any permission stays readable. */
    private static boolean permissionBitsBind(Path dir) throws IOException {
      Path probe = Files.createTempFile(dir.getParent(), "probe", ".txt");
      try {
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        return !Files.isReadable(probe);
      } finally {
        Files.delete(probe);
      }
    }

    private static boolean chattr(String flag, Path p) throws IOException, InterruptedException {
      Process process =
          new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws IOException {
      for (Path p : paths) {
        if (immutable) {
          try {
            chattr("-i", p);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        } else {
          Files.setPosixFilePermissions(
              p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
      }
    }
  }
}
