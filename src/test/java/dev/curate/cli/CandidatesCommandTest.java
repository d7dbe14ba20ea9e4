package dev.curate.cli;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curate candidates} through the real command line against the stand-in. The stand-in's
 * answers are our fixtures under {@code src/test/resources/stand-in/}, in the APIs' real shapes:
 * GitHub's search items with the field set of hub4j/github-api's recording {@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/__files/2-search_repositories.json}
 * ({@code fork}, {@code archived}, {@code license} as an object or null...); Reddit's posts with
 * the t3 field set fixtures/reddit/README.md traces to public recordings ({@code stickied}, {@code
 * over_18}, {@code removed_by_category}). Among them are every kind of ineligible candidate a fetch
 * can bring: a fork ({@code someone/spinningup}), an archived repository ({@code
 * example-lab/old-gan-zoo}), a stickied ({@code 9v1wai}), an NSFW ({@code a1b2c3}) and a removed
 * thread ({@code 9xrm01}). Its deleted thread ({@code 9w8pq2}) is never stored (Reddit's terms: a
 * fetch keeps no deleted post), so {@code deleted} is proven on the ranker alone (EligibilityTest's
 * reasons, PassOverExclusionTest).
 */
class CandidatesCommandTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final CalendarMonth DECEMBER = CalendarMonth.of(2018, 12);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_CandidatesCommand000000000000000000");
  }

  private void fetch() {
    assertOk(cli().run("fetch", "--month", "2018-11"));
  }

  @Test
  void listsEveryCandidateBeyondRanksCapOfAHundredAndSavesNothing() throws IOException {
    fetch();
    List<Repo> many = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      many.add(repo(800000 + i, "bulk/model-" + i, 10 + i, "2018-11-10T10:00:00Z"));
    }
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, result(many), Instant.parse("2018-12-01T00:00:00Z"));
    }
    assertThat(cli().run("rank", "--repos", "101").exitCode()).isEqualTo(2);
    // A shortlist unlike the one candidates computes (rank's defaults keep 5): a save would show.
    assertOk(cli().run("rank", "--repos", "3"));
    Map<Path, byte[]> before = files();

    JsonNode all = JSON.readTree(assertOk(cli().run("candidates", "--json")).out());

    assertThat(all.get("repos").size()).isGreaterThan(120);
    assertThat(files()).as("the workspace, byte for byte").containsExactlyEntriesOf(before);
    try (Store store = Store.open(workspace)) {
      assertThat(store.shortlist(NOVEMBER).orElseThrow().repos()).hasSize(3);
    }
  }

  @Test
  void jsonHasRanksShapeWithEligibilityPerItem() throws IOException {
    fetch();
    JsonNode doc = JSON.readTree(assertOk(cli().run("candidates", "--json")).out());

    assertThat(fieldNames(doc))
        .containsExactly("schemaVersion", "month", "repos", "threads", "coverage");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("month").asText()).isEqualTo("2018-11");
    JsonNode ranked = JSON.readTree(assertOk(cli().run("rank", "--json")).out());
    JsonNode first = ranked.get("repos").get(0);
    JsonNode same = find(doc.get("repos"), "fullName", first.get("fullName").asText());
    List<String> rankFields = fieldNames(first);
    List<String> expected = new ArrayList<>(rankFields);
    expected.addAll(List.of("eligible", "excludedBecause"));
    assertThat(fieldNames(same)).containsExactlyElementsOf(expected);
    assertThat(same.get("score")).isEqualTo(first.get("score"));
    assertThat(same.get("rank")).isEqualTo(first.get("rank"));
    assertThat(same.get("eligible").asBoolean()).isTrue();
    assertThat(same.get("excludedBecause").isNull()).isTrue();
    JsonNode thread = doc.get("threads").get(0);
    List<String> threadFields = new ArrayList<>(fieldNames(ranked.get("threads").get(0)));
    threadFields.addAll(List.of("eligible", "excludedBecause"));
    assertThat(fieldNames(thread)).containsExactlyElementsOf(threadFields);
    assertThat(doc.get("coverage").fieldNames()).toIterable().contains("github");
  }

  @Test
  void allAddsTheIneligibleWithWhyEachIsExcluded() throws IOException {
    fetch();
    JsonNode eligible = JSON.readTree(assertOk(cli().run("candidates", "--json")).out());
    assertThat(values(eligible.get("repos"), "fullName"))
        .doesNotContain("someone/spinningup", "example-lab/old-gan-zoo");
    assertThat(values(eligible.get("threads"), "id"))
        .doesNotContain("9v1wai", "a1b2c3", "9xrm01", "9w8pq2");

    assertOk(cli().run("drop", "hanxiao/bert-as-service"));
    JsonNode all = JSON.readTree(assertOk(cli().run("candidates", "--all", "--json")).out());

    assertThat(excluded(all.get("repos"), "fullName"))
        .containsEntry("someone/spinningup", "fork")
        .containsEntry("example-lab/old-gan-zoo", "archived")
        .containsEntry("hanxiao/bert-as-service", "dropped")
        .containsEntry("openai/spinningup", null);
    assertThat(excluded(all.get("threads"), "id"))
        .containsEntry("9v1wai", "stickied")
        .containsEntry("a1b2c3", "nsfw")
        .containsEntry("9xrm01", "removed")
        .containsEntry("9ysmtn", null);
    assertThat(find(all.get("repos"), "fullName", "someone/spinningup").get("eligible").asBoolean())
        .isFalse();
  }

  @Test
  void aCandidateFeaturedInAPublishedMonthIsExcludedAsFeaturedThere() throws IOException {
    fetch();
    // Candidates belong to the month they were created in: to recur, one created in December is
    // stored as a candidate of November too and picked there (as EditorialEndToEndTest does).
    Repo recurring = repo(990001, "lab/december-thing", 50, "2018-12-03T10:00:00Z");
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, result(List.of(recurring)), Instant.parse("2018-12-05T00:00:00Z"));
    }
    assertOk(cli().run("pick", "lab/december-thing", "--month", "2018-11", "--force"));
    JsonNode november =
        JSON.readTree(assertOk(cli().run("candidates", "--month", "2018-11", "--json")).out());
    JsonNode picked = find(november.get("repos"), "fullName", "lab/december-thing");
    assertThat(picked.get("picked").asBoolean()).isTrue();
    assertThat(picked.get("excludedBecause").asText()).isEqualTo("outside-month");
    assertOk(cli().run("rank", "--month", "2018-11"));
    assertOk(cli().run("publish", "--month", "2018-11", "--url", "https://example.com/2018/11"));
    try (Store store = Store.open(workspace)) {
      store.saveRepos(DECEMBER, result(List.of(recurring)), Instant.parse("2019-01-02T00:00:00Z"));
    }

    JsonNode december =
        JSON.readTree(
            assertOk(cli().run("candidates", "--month", "2018-12", "--all", "--json")).out());

    assertThat(excluded(december.get("repos"), "fullName"))
        .containsEntry("lab/december-thing", "featured:2018-11");
  }

  @Test
  void reposThreadsAndAreaNarrowTheList() throws IOException {
    fetch();
    JsonNode repos = JSON.readTree(assertOk(cli().run("candidates", "--repos", "--json")).out());
    assertThat(repos.get("repos").size()).isPositive();
    assertThat(repos.get("threads").size()).isZero();
    JsonNode threads =
        JSON.readTree(assertOk(cli().run("candidates", "--threads", "--json")).out());
    assertThat(threads.get("repos").size()).isZero();
    assertThat(threads.get("threads").size()).isPositive();
    assertThat(cli().run("candidates", "--repos", "--threads").exitCode()).isEqualTo(2);

    JsonNode rl =
        JSON.readTree(
            assertOk(cli().run("candidates", "--area", "Reinforcement-Learning", "--json")).out());
    assertThat(values(rl.get("repos"), "fullName")).containsExactly("openai/spinningup");
    assertThat(rl.get("threads").size()).isZero();

    CliRunner.Result none = assertOk(cli().run("candidates", "--area", "astrology"));
    assertThat(none.err()).contains("no candidate of 2018-11 has the area or kind 'astrology'");
  }

  @Test
  void pipedItIsTabSeparatedWithAHeaderAndCsvFollowsRfc4180() {
    fetch();
    List<String> tsv = assertOk(cli().run("candidates")).out().lines().toList();
    assertThat(tsv.get(0)).isEqualTo("ID\tTYPE\tAREA\tSCORE\tRANK\tEDITOR\tFLAGS\tEXCLUDED\tTITLE");
    assertThat(tsv)
        .anyMatch(l -> l.startsWith("openai/spinningup\trepo\treinforcement-learning\t"));
    assertThat(tsv).anyMatch(l -> l.startsWith("9ysmtn\tthread\t"));

    String csv = assertOk(cli().run("candidates", "--csv")).out();
    assertThat(csv).startsWith("ID,TYPE,AREA,SCORE,RANK,EDITOR,FLAGS,EXCLUDED,TITLE\r\n");
    assertThat(csv.split("\r\n", -1)).hasSize(tsv.size() + 1); // each line ends in CRLF
    assertThat(csv)
        .contains(
            "example-lab/markdown_escape_test,repo,other,",
            ",\"Tables | pipes, <b>html</b>, `code`, *stars* and _underscores_ — 深度学习 ✨\"\r\n");
    assertThat(cli().run("candidates", "--csv", "--json").exitCode()).isEqualTo(2);
  }

  @Test
  void onATerminalTheTableLeadsWithTheIdAndShowsTheEditorsDecisions() {
    fetch();
    assertOk(cli().run("pick", "openai/spinningup"));
    assertOk(cli().run("drop", "9ysmtn"));

    List<String> lines =
        assertOk(cli().terminal(true).run("candidates", "--all")).out().lines().toList();

    assertThat(lines.get(0)).startsWith("ID ").contains("EXCLUDED", "EDITOR", "TITLE");
    assertThat(lines).anyMatch(l -> l.startsWith("openai/spinningup ") && l.contains("picked"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("9ysmtn ") && l.contains("dropped") && !l.contains("\t"));
  }

  @Test
  void beforeAnyFetchItSaysWhatToRunFirstAndCreatesNothing() {
    Path fresh = workspace.resolve("fresh");
    CliRunner.Result r = CliRunner.againstStandIn(api.baseUrl(), fresh).run("candidates");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("nothing has been fetched in this workspace yet: run 'curate fetch --month");
    assertThat(fresh).doesNotExist();
  }

  private Map<Path, byte[]> files() throws IOException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(workspace)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        bytes.put(workspace.relativize(p), Files.readAllBytes(p));
      }
    }
    return bytes;
  }

  private static Map<String, String> excluded(JsonNode items, String key) {
    Map<String, String> byId = new LinkedHashMap<>();
    items.forEach(
        i ->
            byId.put(
                i.get(key).asText(),
                i.get("excludedBecause").isNull() ? null : i.get("excludedBecause").asText()));
    return byId;
  }

  private static List<String> values(JsonNode items, String key) {
    List<String> values = new ArrayList<>();
    items.forEach(i -> values.add(i.get(key).asText()));
    return values;
  }

  private static JsonNode find(JsonNode items, String key, String value) {
    for (JsonNode i : items) {
      if (i.get(key).asText().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + items);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
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

  private static SourceResult<Repo> result(List<Repo> repos) {
    return new SourceResult<>(
        repos, SourceReports.github(1, repos.size(), repos.size(), List.of()));
  }

  private static CliRunner.Result assertOk(CliRunner.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }
}
