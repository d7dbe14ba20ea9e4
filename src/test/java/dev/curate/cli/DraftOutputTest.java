package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.files.FileKind;
import dev.curate.testing.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code draft --output PATH} where PATH is not a regular file: one line, exit 2, before Reddit is
 * asked for any comment, and nothing replaced. The stand-in serves November 2018 in the real APIs'
 * shapes (src/test/resources/stand-in); a thread's comments as {@code GET /comments/{id}} answers
 * them, the two Listings that PRAW's cassette {@code
 * tests/integration/cassettes/TestCommentForest.test_replace__all_with_comment_sort.json} records.
 */
class DraftOutputTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir static Path workspace;
  @TempDir Path elsewhere;

  private static CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString());
  }

  @BeforeAll
  static void fetchAndRank() {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    CliRunner.Result rank = cli().run("rank");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
  }

  @BeforeEach
  void forgetRequests() {
    api.resetRequests();
  }

  private void assertRefusedBeforeAnyRequest(CliRunner.Result r, String line) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("curate: " + line);
    api.verify(0, getRequestedFor(urlPathMatching("/comments/.*")));
  }

  @Test
  void aFifoIsRefusedWithoutBlockingAndIsNotReplacedByForce() throws Exception {
    Path fifo = SpecialFiles.mkfifo(elsewhere.resolve("draft.md"));
    String line =
        fifo
            + " is a FIFO (named pipe), not a regular file: curate writes drafts to regular files only"
            + " (never replacing anything else, even with --force); to send the draft there, print it with --output -"
            + " (curate draft --output - > "
            + fifo
            + ")";

    assertRefusedBeforeAnyRequest(
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> cli().run("draft", "--output", fifo.toString())),
        line);
    assertRefusedBeforeAnyRequest(
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> cli().run("draft", "--output", fifo.toString(), "--force")),
        line);
    assertThat(FileKind.of(fifo, LinkOption.NOFOLLOW_LINKS)).isEqualTo(FileKind.FIFO);
  }

  @Test
  void aDeviceIsRefusedWithoutBeingRead() {
    // Never with --force on a real device node: the tests run as root.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(
        FileKind.of(devNull) == FileKind.CHARACTER_DEVICE, "no /dev/null device here");

    CliRunner.Result r = cli().run("draft", "--output", "/dev/null");

    assertRefusedBeforeAnyRequest(
        r,
        "/dev/null is a character device, not a regular file: curate writes drafts to"
            + " regular files only (never replacing anything else, even with --force); to send the draft there, print"
            + " it with --output - (curate draft --output - > /dev/null)");
    assertThat(FileKind.of(devNull)).isEqualTo(FileKind.CHARACTER_DEVICE);
  }

  @Test
  void aLinkToADeviceIsNotReplacedByForce() throws Exception {
    // The link is in a temporary folder: a move replaces the link itself, never /dev/null.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(
        FileKind.of(devNull) == FileKind.CHARACTER_DEVICE, "no /dev/null device here");
    Path link = Files.createSymbolicLink(elsewhere.resolve("draft.md"), devNull);

    CliRunner.Result r = cli().run("draft", "--output", link.toString(), "--force");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "curate: " + link + " is a symbolic link to a character device, not a regular file");
    assertThat(Files.readSymbolicLink(link)).isEqualTo(devNull);
  }

  @Test
  void aFolderIsNotReplacedByForce() throws Exception {
    Path folder = Files.createDirectory(elsewhere.resolve("out"));

    assertRefusedBeforeAnyRequest(
        cli().run("draft", "--output", folder.toString(), "--force"),
        folder + " is a directory: give --output a file name, e.g. " + folder.resolve("draft.md"));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aRegularFileStillGetsTheDraftAndStdoutStillStreams() {
    Path target = elsewhere.resolve("nov.md");

    CliRunner.Result file = cli().run("draft", "--output", target.toString());
    CliRunner.Result stdout = cli().run("draft", "--output", "-");

    assertThat(file.exitCode()).as(file.err()).isZero();
    assertThat(file.out().trim()).isEqualTo(target.toString());
    assertThat(stdout.exitCode()).as(stdout.err()).isZero();
    assertThat(stdout.out())
        .startsWith(
            "# Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)");
  }
}
