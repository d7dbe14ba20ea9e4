package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.ThreadFigures;
import dev.curate.store.FetchRun;
import dev.curate.store.Store;
import dev.curate.workflow.MonthCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch --reddit-dump} through the command line: the stand-in's November 2018 as dump files
 * (one zstd with the long window, one plain), Reddit's /api/info from the stand-in, and the
 * coverage in the fetch output, the store, rank --json and the draft.
 */
class RedditDumpFetchTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  @TempDir Path workspace;
  @TempDir Path files;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace);
  }

  /** The stand-in's archived posts of a subreddit, one JSON object per line. */
  private static String ndjson(String subreddit) throws IOException {
    try (InputStream in =
        RedditDumpFetchTest.class.getResourceAsStream(
            "/stand-in/__files/archive-" + subreddit + "-2018-11.json")) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode post : JSON.readTree(in).get("data")) {
        sb.append(JSON.writeValueAsString(post)).append('\n');
      }
      return sb.toString();
    }
  }

  @Test
  void fetchFromDumpsStatesTheDumpAsTheSourceEverywhere() throws IOException {
    Path ml = files.resolve("r_MachineLearning_posts.zst");
    try (OutputStream out =
        new ZstdOutputStream(Files.newOutputStream(ml)).setLong(31).setWindowLog(31)) {
      out.write(ndjson("MachineLearning").getBytes(StandardCharsets.UTF_8));
    }
    Path ds =
        Files.writeString(
            files.resolve("r_datascience_posts.ndjson"),
            ndjson("datascience") + "{\"id\":\"broken\n");

    CliRunner.Result fetch =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "reddit",
                "--reddit-dump",
                ml.toString(),
                "--reddit-dump",
                ds.toString());

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains("r/MachineLearning 2018-11: 7 posts from the dump, complete")
        .contains("r/datascience 2018-11: 2 posts from the dump, complete")
        .contains("r_datascience_posts.ndjson: skipped 1 malformed line");
    api.verify(0, getRequestedFor(urlPathEqualTo("/api/posts/search")));
    api.verify(0, getRequestedFor(urlPathMatching("/r/.*")));
    api.verify(2, getRequestedFor(urlPathEqualTo("/api/info.json")));

    try (Store store = Store.open(workspace)) {
      assertThat(store.fetchRuns(NOVEMBER_2018))
          .extracting(FetchRun::method)
          .containsExactly(ReadMethod.DUMP, ReadMethod.DUMP);
      Map<String, ThreadFigures> figures = store.threadFigures(NOVEMBER_2018);
      ThreadFigures tf = figures.get("9ysmtn");
      assertThat(tf.archivedScore()).isEqualTo(143);
      assertThat(tf.refreshedScore()).isEqualTo(287);
      assertThat(tf.refreshedComments()).isEqualTo(112);
      assertThat(tf.archivedAt()).isEqualTo(Instant.parse("2018-11-22T02:13:41Z"));
      // Deleted by its author since it was archived: purged, figures and all.
      assertThat(figures).doesNotContainKey("9w8pq2");
      assertThat(store.threads(NOVEMBER_2018)).noneMatch(t -> t.id().equals("9w8pq2"));
      assertThat(store.threads(NOVEMBER_2018))
          .filteredOn(t -> t.id().equals("9ysmtn"))
          .singleElement()
          .satisfies(t -> assertThat(t.score()).isEqualTo(287));
    }

    CliRunner.Result rank = cli().run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode coverage = JSON.readTree(rank.out()).get("coverage");
    assertThat(coverage.get("reddit:MachineLearning").get("source").asText()).isEqualTo("dump");
    assertThat(coverage.get("reddit:MachineLearning").get("posts").asInt()).isEqualTo(7);
    assertThat(coverage.get("reddit:MachineLearning").has("expectedPosts")).isFalse();

    CliRunner.Result draft = cli().run("draft", "--output", "-");
    assertThat(draft.out())
        .contains("- r/MachineLearning: 7 posts from the dump (8 read), complete");
  }

  @Test
  void redditSourceArchiveIsRecordedPerFetch() {
    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "archive");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    CliRunner.Result listing =
        cli().run("fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "api");
    assertThat(listing.exitCode()).as(listing.err()).isZero();
    try (Store store = Store.open(workspace)) {
      assertThat(store.fetchRuns(NOVEMBER_2018))
          .extracting(FetchRun::source, FetchRun::method, FetchRun::expectedPosts)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  new SourceId.Subreddit("MachineLearning"), ReadMethod.ARCHIVE, 8),
              org.assertj.core.groups.Tuple.tuple(
                  new SourceId.Subreddit("datascience"), ReadMethod.ARCHIVE, 2),
              org.assertj.core.groups.Tuple.tuple(
                  new SourceId.Subreddit("MachineLearning"), ReadMethod.LISTING, null),
              org.assertj.core.groups.Tuple.tuple(
                  new SourceId.Subreddit("datascience"), ReadMethod.LISTING, null));
      assertThat(MonthCoverage.of(store, NOVEMBER_2018))
          .extracting(c -> c.method())
          .containsExactly(ReadMethod.LISTING, ReadMethod.LISTING);
    }
  }

  @Test
  void anUnknownRedditSourceInTheConfigurationNamesTheKey() throws IOException {
    Path config = files.resolve("curate.yaml");
    Files.writeString(config, "reddit:\n  source: pushshift\n");
    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2018-11", "--only", "reddit", "--config", config.toString());
    assertThat(fetch.exitCode()).isEqualTo(2);
    assertThat(fetch.err()).contains("reddit.source").contains("pushshift");
  }

  @Test
  void anUnknownRedditSourceOptionIsAUsageError() {
    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2018-11", "--reddit-source", "pushshift");
    assertThat(fetch.exitCode()).isEqualTo(2);
    assertThat(fetch.err()).contains("--reddit-source").contains("api, archive, auto");
  }

  @Test
  void aMissingDumpIsOneUsageLineBeforeAnythingIsPrintedOrAsked() {
    Path missing = files.resolve("RS_nope.zst");

    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2018-11", "--reddit-dump", missing.toString());

    assertThat(fetch.exitCode()).isEqualTo(2);
    assertThat(fetch.err())
        .isEqualTo("curate: --reddit-dump " + missing + " does not exist: check the path\n");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void aFolderGivenAsADumpOrADumpWithOnlyGitHubIsAUsageError() {
    CliRunner.Result folder =
        cli().run("fetch", "--month", "2018-11", "--reddit-dump", files.toString());
    CliRunner.Result onlyGitHub =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "github",
                "--reddit-dump",
                files.toString());

    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains(files + " is not a file: check the path");
    assertThat(onlyGitHub.exitCode()).isEqualTo(2);
    assertThat(onlyGitHub.err()).contains("--only github leaves Reddit out");
    assertThat(api.getAllServeEvents()).isEmpty();
  }
}
