package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's month through the real command line against the stand-in: fetch (with READMEs) →
 * rank → pick / drop / note → publish → the next month's ranking skips what was featured and its
 * draft lists the published month, linked, in its archive.
 *
 * <p>Candidates belong to the month they were created in, so a featured item cannot recur by itself
 * yet. The test makes one recur: a repository created in December is stored as a candidate of
 * November too, picked there (a pick overrides "created outside the month"), and published with
 * November; December's ranking must then leave it out.
 */
class EditorialEndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final CalendarMonth DECEMBER = CalendarMonth.of(2018, 12);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISSUE_URL = "https://example.com/2018/11/ml-roundup";

  @TempDir Path workspace;

  private CliRunner cli() {
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("GH_TOKEN", "ghp_EditorialSecretToken0123456789")
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString());
  }

  @Test
  void aPublishedMonthIsInTheNextDraftsArchiveAndItsPicksNeverReturn() throws IOException {
    CliRunner cli = cli();
    assertOk(cli.run("fetch", "--month", "2018-11"));
    api.verify(
        getRequestedFor(urlPathEqualTo("/repos/openai/spinningup/readme"))
            .withHeader("Accept", equalTo("application/vnd.github+json")));
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, result(recurring()), Instant.parse("2018-12-05T00:00:00Z"));
      assertThat(store.readmes(NOVEMBER)).hasSize(3);
    }

    JsonNode before = JSON.readTree(assertOk(cli.run("rank", "--json")).out());
    assertThat(names(before.get("repos")))
        .contains("hanxiao/bert-as-service")
        .doesNotContain("lab/december-thing");

    assertOk(cli.run("drop", "HANXIAO/bert-as-service"));
    // Created before the month, without stars gained: excluded, so picking it needs --force.
    assertThat(cli.run("pick", "lab/december-thing", "--month", "2018-11").exitCode()).isEqualTo(2);
    assertOk(cli.run("pick", "lab/december-thing", "--month", "2018-11", "--force"));
    assertOk(cli.run("note", "openai/spinningup", "Pair it with the RL course thread"));
    CliRunner.Result unknown = cli.run("pick", "nobody/nothing");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo(
            "curate: 'nobody/nothing' is not a candidate of 2018-11: use an ID"
                + " as 'curate rank --month 2018-11 --explain' lists them (owner/name, or a Reddit id)");

    CliRunner.Result ranked = assertOk(cli.run("rank", "--json", "--explain"));
    JsonNode after = JSON.readTree(ranked.out());
    assertThat(names(after.get("repos")))
        .doesNotContain("hanxiao/bert-as-service")
        .contains("lab/december-thing");
    JsonNode spinningup = find(after.get("repos"), "openai/spinningup");
    assertThat(spinningup.get("note").asText()).isEqualTo("Pair it with the RL course thread");
    assertThat(spinningup.get("area").asText()).isEqualTo("reinforcement-learning");
    assertThat(find(after.get("repos"), "lab/december-thing").get("picked").asBoolean()).isTrue();
    assertThat(ranked.err())
        .contains("hanxiao/bert-as-service", "dropped by the editor", "picked by the editor");

    assertThat(cli.run("publish", "--month", "2018-11", "--url", "ftp://example.com").exitCode())
        .isEqualTo(2);
    assertOk(cli.run("publish", "--month", "2018-11", "--url", ISSUE_URL));

    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          DECEMBER, result(recurring(), fresh()), Instant.parse("2019-01-02T00:00:00Z"));
    }
    CliRunner.Result december =
        assertOk(cli.run("rank", "--month", "2018-12", "--json", "--explain"));
    assertThat(names(JSON.readTree(december.out()).get("repos")))
        .containsExactly("studio/fresh-thing");
    assertThat(december.err()).contains("lab/december-thing", "featured in 2018-11");
    JsonNode repeats =
        JSON.readTree(
            assertOk(cli.run("rank", "--month", "2018-12", "--json", "--allow-repeats")).out());
    assertThat(names(repeats.get("repos")))
        .containsExactlyInAnyOrder("studio/fresh-thing", "lab/december-thing");
    assertOk(cli.run("rank", "--month", "2018-12"));

    String draft = assertOk(cli.run("draft", "--month", "2018-12", "--output", "-")).out();
    assertThat(draft)
        .contains("[November 2018](" + ISSUE_URL + ")")
        .contains("studio/fresh-thing")
        .doesNotContain("lab/december-thing");
  }

  @Test
  void theDraftQuotesTopCommentsAndReadmesAndSkipsStickiedAndDeletedOnes() {
    CliRunner cli = cli();
    assertOk(cli.run("fetch", "--month", "2018-11"));
    assertOk(cli.run("rank"));
    String draft = assertOk(cli.run("draft", "--output", "-")).out();
    assertThat(draft)
        .contains("Eager by default is the right call", "moved our team to PyTorch")
        .doesNotContain("keep the discussion civil", "[deleted]")
        .contains("https://arxiv.org/abs/1811.00002", "https://nv-adlr.github.io/WaveGlow");
    api.verify(
        getRequestedFor(urlPathEqualTo("/comments/9ysmtn.json"))
            .withQueryParam("sort", equalTo("top"))
            .withQueryParam("raw_json", equalTo("1")));

    int before = api.findAll(getRequestedFor(urlPathEqualTo("/comments/9ysmtn.json"))).size();
    assertOk(cli.run("draft", "--output", "-"));
    assertThat(api.findAll(getRequestedFor(urlPathEqualTo("/comments/9ysmtn.json"))))
        .as("cached")
        .hasSize(before);
  }

  @Test
  void redditUnreachableAtDraftTimeIsOneWarningAndTheDraftIsStillWritten() {
    assertOk(cli().run("fetch", "--month", "2018-11"));
    assertOk(cli().run("rank"));
    CliRunner.Result draft =
        cli().env("CURATE_REDDIT_URL", "http://127.0.0.1:1").run("draft", "--output", "-");
    assertOk(draft);
    assertThat(draft.err().lines().filter(l -> l.contains("comments"))).hasSize(1);
    assertThat(draft.out())
        .contains("Debate on TensorFlow 2.0 API")
        .doesNotContain("Eager by default");
  }

  private static CliRunner.Result assertOk(CliRunner.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  private static Repo recurring() {
    return repo(990001, "lab/december-thing", 50, "2018-12-03T10:00:00Z");
  }

  private static Repo fresh() {
    return repo(990002, "studio/fresh-thing", 40, "2018-12-04T10:00:00Z");
  }

  private static Repo repo(long id, String fullName, int stars, String created) {
    return RepoBuilder.repo(fullName)
        .id(id)
        .description("A speech synthesis toolkit")
        .stars(stars)
        .forks(2)
        .openIssues(1)
        .createdAt(created)
        .fetchedAt(null)
        .build();
  }

  private static SourceResult<Repo> result(Repo... repos) {
    return new SourceResult<>(
        List.of(repos), SourceReports.github(1, repos.length, repos.length, List.of()));
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(i -> names.add(i.get("fullName").asText()));
    return names;
  }

  private static JsonNode find(JsonNode items, String fullName) {
    for (JsonNode i : items) {
      if (i.get("fullName").asText().equals(fullName)) {
        return i;
      }
    }
    throw new AssertionError(fullName + " not in " + items);
  }
}
