package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.ThreadFigures;
import dev.curate.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of r/MachineLearning read the way real recorded answers look, through fetch, rank and
 * draft. The fixtures are ours, in the real shapes (see fixtures/reddit/README.md):
 *
 * <ul>
 *   <li>{@code dump_machinelearning_2018-11.ndjson}: posts in the field set of the November 2018
 *       dump as arctic_shift documents it ({@code schemas/RS/2018/RS_2018-11.ts}): no {@code
 *       upvote_ratio} and no {@code removed_by_category} in any record;
 *   <li>{@code info_2016_shape.json}: Reddit's {@code /api/info} answer in the field set of PRAW's
 *       cassette {@code tests/integration/cassettes/TestReddit.test_info.json} (recorded
 *       2016-11-17), which has no {@code upvote_ratio} either.
 * </ul>
 */
class RedditRealShapesTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  @TempDir Path workspace;
  @TempDir Path files;

  static String fixture(String name) {
    try (InputStream in =
        RedditRealShapesTest.class.getResourceAsStream("/fixtures/reddit/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void redditAnswersInfo() {
    api.stubFor(
        get(urlPathEqualTo("/api/info.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withHeader("x-ratelimit-remaining", "98.0")
                    .withHeader("x-ratelimit-used", "2")
                    .withHeader("x-ratelimit-reset", "312")
                    .withBody(fixture("info_2016_shape.json"))));
  }

  CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace);
  }

  CliRunner.Result fetchDump(String ndjson) throws IOException {
    Path dump = Files.writeString(files.resolve("r_MachineLearning_posts.ndjson"), ndjson);
    return cli()
        .run("fetch", "--month", "2018-11", "--only", "reddit", "--reddit-dump", dump.toString());
  }

  @Test
  void aRatioNoAnswerCarriesIsUnknownInTheStoreAndInRankJsonNeverZero() throws IOException {
    CliRunner.Result fetch = fetchDump(fixture("dump_machinelearning_2018-11.ndjson"));
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();

    try (Store store = Store.open(workspace)) {
      assertThat(store.threads(NOVEMBER_2018))
          .hasSize(4)
          .extracting(RedditThread::upvoteRatio)
          .containsOnlyNulls();
      // Known figures are kept: Reddit's refreshed ones where it answered, the dump's otherwise.
      assertThat(store.threads(NOVEMBER_2018))
          .filteredOn(t -> t.id().equals("9tzb2h"))
          .singleElement()
          .satisfies(t -> assertThat(t.comments()).isEqualTo(104));
    }
    CliRunner.Result rank = cli().run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode threads = JSON.readTree(rank.out()).get("threads");
    assertThat(threads).hasSize(4);
    for (JsonNode thread : threads) {
      assertThat(thread.get("upvoteRatio").isNull()).as(thread.toString()).isTrue();
      assertThat(thread.get("upvotes").isInt()).isTrue();
    }
  }

  @Test
  void anAbsurdValueInADumpCostsOnlyItsPostNamedInOneWarning() throws IOException {
    String dump =
        fixture("dump_machinelearning_2018-11.ndjson")
            .replace("\"created_utc\":1541590351,", "\"created_utc\":1e300,")
            .replace("\"score\":876,", "\"score\":1e300,");

    CliRunner.Result fetch = fetchDump(dump);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "warning: reddit:MachineLearning: r/MachineLearning: skipped 2 posts with an"
                + " unusable value, the rest are kept: 9v1x7k (created_utc 1E+300 is no date); 9w3q0e (score 1E+300 is not"
                + " a whole number in range)\n");
    assertThat(fetch.err()).doesNotContain("ArithmeticException", "unexpected error");
    try (Store store = Store.open(workspace)) {
      assertThat(store.threads(NOVEMBER_2018))
          .extracting(RedditThread::id)
          .containsExactly("9tzb2h", "9x8r4m");
    }
  }

  @Test
  void aThreadRedditNoLongerServesIsKeptNamedInTheSummaryAndFlaggedNotRefreshedEverywhere()
      throws IOException {
    CliRunner.Result fetch = fetchDump(fixture("dump_machinelearning_2018-11.ndjson"));

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    // The month's most commented thread, which Reddit's /api/info answer leaves out.
    assertThat(fetch.err())
        .contains(
            "r/MachineLearning: 4 threads of 2018-11 from the dump, 3 refreshed from Reddit,"
                + " 1 no longer served by Reddit\n");
    assertThat(fetch.err())
        .contains(
            "warning: reddit:MachineLearning: r/MachineLearning: Reddit no longer serves 1"
                + " thread of 2018-11 (left out of its /api/info answer); kept with the archive's figures and flagged"
                + " not-refreshed: 9v1x7k \"[R] Large scale GAN training for high fidelity natural image…\" (3,412 comments,"
                + " 2,310 upvotes as archived)\n");
    try (Store store = Store.open(workspace)) {
      assertThat(store.threads(NOVEMBER_2018))
          .filteredOn(t -> t.id().equals("9v1x7k"))
          .singleElement()
          .satisfies(t -> assertThat(t.comments()).isEqualTo(3412));
      ThreadFigures gone = store.threadFigures(NOVEMBER_2018).get("9v1x7k");
      assertThat(gone.refreshed()).isFalse();
      assertThat(gone.unservedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
      assertThat(store.threadFigures(NOVEMBER_2018).get("9tzb2h").unserved()).isFalse();
    }

    CliRunner.Result json = cli().run("rank", "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode threads = JSON.readTree(json.out()).get("threads");
    for (JsonNode thread : threads) {
      assertThat(thread.get("flags").toString())
          .as(thread.get("id").asText())
          .isEqualTo(thread.get("id").asText().equals("9v1x7k") ? "[\"not-refreshed\"]" : "[]");
    }

    CliRunner.Result table = cli().terminal(true).width(400).run("rank");
    assertThat(table.out().lines().filter(l -> l.contains("9v1x7k")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("  not-refreshed  "));
    CliRunner.Result explain = cli().run("rank", "--explain");
    assertThat(explain.out())
        .contains(
            "not-refreshed: Reddit no longer serves it (asked 2026-11-28); 3,412 comments"
                + " and 2,310 upvotes as archived 2018-11-07");

    CliRunner.Result draft = cli().run("draft", "--output", "-");
    assertThat(draft.exitCode()).as(draft.err()).isZero();
    assertThat(draft.out())
        .contains(
            "<!-- EDITOR: flag not-refreshed: Reddit no longer serves this thread (asked"
                + " 2026-11-28); the comments and upvotes shown are the archive's of 2018-11-07, not current; check that the"
                + " thread is still up before featuring it -->");
    assertThat(draft.out().split("EDITOR: flag not-refreshed", -1))
        .as("flagged once: only 9v1x7k")
        .hasSize(2);
    // The coverage note at the top names it too: the fetch's warning travels with the coverage.
    assertThat(draft.out()).contains("Reddit no longer serves 1 thread of 2018-11");
  }

  @Test
  void imageAndVideoPostsOfADumpAreDraftedAsThePostsOwnMedia() throws IOException {
    assertThat(fetchDump(fixture("dump_machinelearning_2018-11.ndjson")).exitCode()).isZero();
    assertThat(cli().run("rank").exitCode()).isZero();

    CliRunner.Result draft = cli().run("draft", "--output", "-");

    assertThat(draft.out())
        .contains(
            "Samples from our StyleGAN reimplementation after 9 days",
            "\n*(image post)*\n",
            "Real-time pose estimation on a phone (demo)",
            "\n*(video post)*\n");
    assertThat(draft.out()).doesNotContain("i.redd.it", "v.redd.it");
  }

  @Test
  void aGalleryPostIsDraftedAsAGalleryNotAsALinkToItself() {
    // fixtures/reddit/gallery_listing_2020-07.json: the t3 field set of PRAW's cassette
    // TestSubreddit.test_submit_gallery.json (2020-07-20): "url":
    // "https://www.reddit.com/gallery/<id>".
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(fixture("gallery_listing_2020-07.json"))));
    api.stubFor(
        get(urlPathEqualTo("/r/datascience/top.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(fixture("empty_listing.json"))));

    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2020-07", "--only", "reddit", "--reddit-source", "api");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(cli().run("rank").exitCode()).isZero();
    CliRunner.Result draft = cli().run("draft", "--output", "-");

    assertThat(draft.out())
        .contains(
            "### [\\[P\\] Attention maps of a ViT, layer by layer]"
                + "(https://www.reddit.com/r/MachineLearning/comments/hx1g4l/p_attention_maps_of_a_vit_layer_by_layer/)",
            "\n*(gallery)*\n");
    assertThat(draft.out()).doesNotContain("reddit.com/gallery", "Links to");
  }

  @Test
  void hostileTextNeverReachesTheReaderAndAThreadIsLinkedByItsSubredditAndId() throws IOException {
    // 9v1x7k keeps the dump's copy (Reddit's /api/info answer leaves it out): a right-to-left
    // override, zero-width spaces, a 100 KB title and an absolute permalink elsewhere.
    String title = "\\u202Egnp.exe\\u200B [D] Free GPU credits " + "very ".repeat(20_000) + "long";
    String dump =
        fixture("dump_machinelearning_2018-11.ndjson")
            .replace(
                "\"title\":\"[R] Large scale GAN training for high fidelity natural image synthesis (BigGAN)\"",
                "\"title\":\"" + title + "\"")
            .replaceFirst(
                "\"permalink\":\"[^\"]*9v1x7k[^\"]*\"",
                "\"permalink\":\"https://evil.example/phish\"");
    assertThat(fetchDump(dump).exitCode()).isZero();

    CliRunner.Result json = cli().run("rank", "--json");
    JsonNode thread = null;
    for (JsonNode t : JSON.readTree(json.out()).get("threads")) {
      thread = t.get("id").asText().equals("9v1x7k") ? t : thread;
    }
    assertThat(thread.get("url").asText())
        .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9v1x7k/");
    assertThat(thread.get("title").asText())
        .startsWith("gnp.exe [D] Free GPU credits very")
        .doesNotContain("\u202E", "\u200B");
    CliRunner.Result table = cli().terminal(true).width(200).run("rank");
    assertThat(table.out())
        .contains("gnp.exe [D] Free GPU credits very very")
        .doesNotContain("\u202E", "\u200B", "evil.example");

    CliRunner.Result draft = cli().run("draft", "--output", "-");

    assertThat(draft.out()).doesNotContain("\u202E", "\u200B", "evil.example");
    String heading =
        draft.out().lines().filter(l -> l.startsWith("### [gnp.exe")).findFirst().orElseThrow();
    assertThat(heading).endsWith("…](https://www.reddit.com/r/MachineLearning/comments/9v1x7k/)");
    assertThat(heading.length()).isLessThan(400);
  }

  @Test
  void aPurgeThatEmptiesPartOfAPublishedShortlistNamesEachItemItTakes() throws IOException {
    String dump = fixture("dump_machinelearning_2018-11.ndjson");
    assertThat(fetchDump(dump).exitCode()).isZero();
    JsonNode ranked = JSON.readTree(cli().run("rank", "--json").out()).get("threads");
    int selfPostRank = 0;
    int imageRank = 0;
    for (JsonNode t : ranked) {
      selfPostRank = t.get("id").asText().equals("9tzb2h") ? t.get("rank").asInt() : selfPostRank;
      imageRank = t.get("id").asText().equals("9w3q0e") ? t.get("rank").asInt() : imageRank;
    }
    assertThat(
            cli()
                .run(
                    "publish",
                    "--month",
                    "2018-11",
                    "--url",
                    "https://example.com/2018/11/ml-roundup")
                .exitCode())
        .isZero();
    // Since then both authors deleted their posts: /api/info says so, in the 2016 shape
    // ("[deleted]"
    // author and body, as PRAW's TestReddit.test_info.json shows t3_5dec01) and the later one
    // (removed_by_category "deleted").
    api.stubFor(
        get(urlPathEqualTo("/api/info.json"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(fixture("info_2016_shape_deleted.json"))));

    CliRunner.Result again = fetchDump(dump);

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("2 deleted by their authors, not kept");
    assertThat(again.err())
        .contains(
            "warning: reddit:MachineLearning: thread 9tzb2h, deleted by its author, is purged"
                + " as Reddit's Data API terms require: it was #"
                + selfPostRank
                + " on the 2018-11 shortlist and is featured in"
                + " the published issue of 2018-11 (https://example.com/2018/11/ml-roundup); run 'curate rank --month 2018-11'"
                + " to fill its place; the published article still names it\n");
    assertThat(again.err())
        .contains(
            "warning: reddit:MachineLearning: thread 9w3q0e, deleted by its author, is purged"
                + " as Reddit's Data API terms require: it was #"
                + imageRank
                + " on the 2018-11 shortlist");
    try (Store store = Store.open(workspace)) {
      assertThat(store.threads(NOVEMBER_2018))
          .extracting(RedditThread::id)
          .containsExactly("9v1x7k", "9x8r4m");
      assertThat(store.shortlist(NOVEMBER_2018).orElseThrow().threads())
          .extracting(t -> t.rank())
          .containsExactly(1, 2);
      // The warnings are kept with the fetch, without a word of the purged posts' content.
      assertThat(
              store
                  .fetchRuns(NOVEMBER_2018)
                  .get(store.fetchRuns(NOVEMBER_2018).size() - 1)
                  .warnings())
          .anySatisfy(
              w ->
                  assertThat(w)
                      .startsWith("thread 9tzb2h, deleted by its author")
                      .doesNotContain("few-shot"));
    }
  }
}
