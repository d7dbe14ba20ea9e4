package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.draft.NovemberShortlist;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.RankedThread;
import dev.curate.model.ReadMethod;
import dev.curate.model.RedditThread;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import dev.curate.model.SourceId;
import dev.curate.rank.Candidates;
import dev.curate.testing.ThreadBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortlistJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ShortlistJson json = new ShortlistJson();

  @Test
  void writesExactlyOneObjectOnOneLineAndLeavesTheWriterOpen() throws IOException {
    StringWriter out = new StringWriter();

    json.write(NovemberShortlist.shortlist(), out);
    out.write("still open");

    String text = out.toString();
    assertThat(text).endsWith("}\nstill open");
    String line = text.substring(0, text.indexOf('\n'));
    try (JsonParser parser = MAPPER.createParser(line)) {
      assertThat(MAPPER.readTree(parser).isObject()).isTrue();
      assertThat(parser.nextToken()).as("anything after the object").isNull();
    }
  }

  @Test
  void repoFieldsComeInAFixedOrderWithTheirTypes() throws IOException {
    JsonNode root = MAPPER.readTree(json.toJson(NovemberShortlist.shortlist()));

    assertThat(fieldNames(root))
        .containsExactly("schemaVersion", "month", "repos", "threads", "coverage");
    assertThat(root.get("schemaVersion").isInt()).isTrue();
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("month").asText()).isEqualTo("2018-11");
    JsonNode first = root.get("repos").get(0);
    assertThat(fieldNames(first))
        .containsExactly(
            "rank",
            "fullName",
            "url",
            "stars",
            "forks",
            "openIssues",
            "language",
            "license",
            "homepage",
            "description",
            "topics",
            "createdAt",
            "score",
            "area",
            "starsGained",
            "starsGainedMethod",
            "breakout",
            "picked",
            "note",
            "flags");
    assertThat(first.get("rank").isInt()).isTrue();
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("fullName").asText()).isEqualTo("openai/spinningup");
    assertThat(first.get("url").asText()).isEqualTo("https://github.com/openai/spinningup");
    assertThat(first.get("stars").isInt()).isTrue();
    assertThat(first.get("stars").asInt()).isEqualTo(4210);
    assertThat(first.get("forks").asInt()).isEqualTo(812);
    assertThat(first.get("openIssues").asInt()).isEqualTo(7);
    assertThat(first.get("language").asText()).isEqualTo("Python");
    assertThat(first.get("license").asText()).isEqualTo("MIT");
    assertThat(first.get("homepage").asText()).isEqualTo("https://spinningup.openai.com/");
    assertThat(first.get("topics").isArray()).isTrue();
    assertThat(first.get("topics").get(0).asText()).isEqualTo("machine-learning");
    assertThat(first.get("createdAt").asText()).isEqualTo("2018-11-07T18:21:45Z");
    assertThat(first.get("score").isDouble()).isTrue();
    assertThat(first.get("score").asDouble()).isEqualTo(1.0);
    assertThat(first.get("area").isNull()).as("not classified by the plain ranking").isTrue();
    assertThat(first.get("starsGained").isNull()).as("unknown").isTrue();
    assertThat(first.get("starsGainedMethod").isNull()).isTrue();
    assertThat(first.get("breakout").isNull()).as("unknown, never 0").isTrue();
    assertThat(first.get("picked").isBoolean()).isTrue();
    assertThat(first.get("note").isNull()).isTrue();
    assertThat(first.get("flags").isArray()).isTrue();
  }

  @Test
  void carriesStarsGainedWithTheirMethodAndTheEditorsMarks() throws IOException {
    var plain = NovemberShortlist.shortlist();
    var r = plain.repos().get(0);
    var marked =
        new dev.curate.model.RankedRepo(
            r.rank(),
            r.score(),
            r.repo(),
            "education",
            true,
            "great intro",
            java.util.List.of("star-burst"),
            dev.curate.model.StarGain.measured(
                1234,
                dev.curate.model.StarGainMethod.HISTORY,
                java.util.List.of(),
                java.time.Instant.EPOCH));
    var t = plain.threads().get(0);
    var thread =
        new dev.curate.model.RankedThread(
            t.rank(), t.score(), t.thread(), "discussion", false, null, java.util.List.of());
    JsonNode root =
        MAPPER.readTree(
            json.toJson(
                new dev.curate.model.Shortlist(
                    plain.month(),
                    java.util.List.of(marked),
                    java.util.List.of(thread),
                    plain.rankedAt())));

    JsonNode repo = root.get("repos").get(0);
    assertThat(repo.get("area").asText()).isEqualTo("education");
    assertThat(repo.get("starsGained").isInt()).isTrue();
    assertThat(repo.get("starsGained").asInt()).isEqualTo(1234);
    assertThat(repo.get("starsGainedMethod").asText()).isEqualTo("history");
    assertThat(repo.get("picked").asBoolean()).isTrue();
    assertThat(repo.get("note").asText()).isEqualTo("great intro");
    assertThat(repo.get("flags").get(0).asText()).isEqualTo("star-burst");
    assertThat(root.get("threads").get(0).get("kind").asText()).isEqualTo("discussion");
  }

  @Test
  void carriesTheBreakoutAsANumberAndTheEventsMethod() throws IOException {
    var plain = NovemberShortlist.shortlist();
    var r = plain.repos().get(0);
    var counted =
        new dev.curate.model.RankedRepo(
            r.rank(),
            r.score(),
            r.repo(),
            "reinforcement-learning",
            false,
            null,
            java.util.List.of(),
            dev.curate.model.StarGain.measured(
                4000,
                dev.curate.model.StarGainMethod.EVENTS,
                java.util.List.of(),
                java.time.Instant.EPOCH),
            Math.log(4100.0 / 100));
    JsonNode repo =
        MAPPER
            .readTree(
                json.toJson(
                    new dev.curate.model.Shortlist(
                        plain.month(),
                        java.util.List.of(counted),
                        java.util.List.of(),
                        plain.rankedAt())))
            .get("repos")
            .get(0);

    assertThat(repo.get("starsGained").asInt()).isEqualTo(4000);
    assertThat(repo.get("starsGainedMethod").asText()).isEqualTo("events");
    assertThat(repo.get("breakout").isDouble()).isTrue();
    assertThat(repo.get("breakout").asDouble()).isEqualTo(3.7136);
  }

  @Test
  void writesAbsentValuesAsNull() throws IOException {
    JsonNode repos = MAPPER.readTree(json.toJson(NovemberShortlist.shortlist())).get("repos");

    assertThat(repos.get(1).get("homepage").isNull()).isTrue();
    assertThat(repos.get(3).get("license").isNull()).isTrue();
    assertThat(repos.get(4).get("language").isNull()).isTrue();
  }

  @Test
  void unknownThreadFiguresAreNullNotZero() throws IOException {
    // A thread from a 2018 dump: no upvote_ratio in those records (arctic_shift
    // schemas/RS/2018/RS_2018-11.ts), and here no score or comment count either.
    RedditThread bare = Candidates.thread("9tzb2h", null, null);
    RedditThread dumped = ThreadBuilder.from(bare).upvoteRatio(null).selftext("").build();
    Shortlist shortlist =
        new Shortlist(
            CalendarMonth.of(2018, 11),
            List.of(),
            List.of(new RankedThread(1, 0.5, dumped)),
            Instant.EPOCH);

    JsonNode thread = MAPPER.readTree(json.toJson(shortlist)).get("threads").get(0);

    assertThat(thread.get("upvoteRatio").isNull()).isTrue();
    assertThat(thread.get("upvotes").isNull()).isTrue();
    assertThat(thread.get("comments").isNull()).isTrue();
  }

  @Test
  void everyStringLeavesWithoutBidiControlsOrZeroWidthCharactersAndTheThreadUrlIsItsOwn()
      throws IOException {
    RedditThread bare = Candidates.thread("9v1x7k", 4, 3);
    RedditThread hostile =
        ThreadBuilder.from(bare)
            .title("\u202Egnp.exe\u200B [D] x\nsecond line")
            .author("me\u2066")
            .upvoteRatio(null)
            .permalink("https://evil.example/phish")
            .flair("Disc\u202Eussion")
            .selftext("")
            .build();
    Shortlist shortlist =
        new Shortlist(
            CalendarMonth.of(2018, 11),
            List.of(),
            List.of(
                new RankedThread(1, 0.5, hostile, "discussion", false, "note\u200B", List.of())),
            Instant.EPOCH);

    String text = json.toJson(shortlist);
    JsonNode thread = MAPPER.readTree(text).get("threads").get(0);

    assertThat(text).doesNotContain("\u202E", "\u200B", "\u2066", "evil.example");
    assertThat(thread.get("title").asText()).isEqualTo("gnp.exe [D] x\nsecond line");
    assertThat(thread.get("flair").asText()).isEqualTo("Discussion");
    assertThat(thread.get("note").asText()).isEqualTo("note");
    assertThat(thread.get("url").asText())
        .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9v1x7k/");
  }

  @Test
  void roundsScoresToFourDecimalsHalfUp() throws IOException {
    JsonNode repos = MAPPER.readTree(json.toJson(NovemberShortlist.shortlist())).get("repos");

    assertThat(repos.get(1).get("score").asDouble()).isEqualTo(0.8123); // 0.8123456
    assertThat(repos.get(2).get("score").asDouble()).isEqualTo(0.8001); // 0.80005
    assertThat(json.toJson(NovemberShortlist.shortlist())).contains("\"score\":0.8123,");
  }

  @Test
  void threadFieldsComeInAFixedOrderWithTheirTypes() throws IOException {
    JsonNode threads = MAPPER.readTree(json.toJson(NovemberShortlist.shortlist())).get("threads");
    JsonNode debate = threads.get(0);

    assertThat(fieldNames(debate))
        .containsExactly(
            "rank",
            "id",
            "subreddit",
            "title",
            "url",
            "comments",
            "upvotes",
            "upvoteRatio",
            "flair",
            "author",
            "linkUrl",
            "createdAt",
            "score",
            "kind",
            "picked",
            "note",
            "flags");
    assertThat(debate.get("id").asText()).isEqualTo("9ysmtn");
    assertThat(debate.get("subreddit").asText()).isEqualTo("MachineLearning");
    assertThat(debate.get("title").asText()).isEqualTo("[D] Debate on TensorFlow 2.0 API");
    assertThat(debate.get("url").asText())
        .isEqualTo(
            "https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d_debate_on_tensorflow_20_api/");
    assertThat(debate.get("comments").isInt()).isTrue();
    assertThat(debate.get("comments").asInt()).isEqualTo(112);
    assertThat(debate.get("upvotes").asInt()).isEqualTo(287);
    assertThat(debate.get("upvoteRatio").isDouble()).isTrue();
    assertThat(debate.get("upvoteRatio").asDouble()).isEqualTo(0.95);
    assertThat(debate.get("flair").asText()).isEqualTo("Discussion");
    assertThat(debate.get("author").asText()).isEqualTo("author_9ysmtn");
    assertThat(debate.get("linkUrl").isNull()).as("a self post links nowhere else").isTrue();
    assertThat(debate.get("createdAt").asText()).isEqualTo("2018-11-20T16:02:11Z");
    assertThat(debate.get("score").asDouble()).isEqualTo(1.0);

    JsonNode linkPost = threads.get(2);
    assertThat(linkPost.get("id").asText()).isEqualTo("9tangi");
    assertThat(linkPost.get("linkUrl").asText())
        .isEqualTo("https://blog.openai.com/reinforcement-learning-with-prediction-based-rewards/");
    assertThat(threads.get(4).get("flair").isNull()).isTrue();
  }

  @Test
  void anEmptyShortlistHasEmptyArrays() {
    Shortlist empty =
        new Shortlist(
            CalendarMonth.of(2019, 1), List.of(), List.of(), Instant.parse("2019-02-01T00:00:00Z"));

    assertThat(json.toJson(empty))
        .isEqualTo(
            "{\"schemaVersion\":1,\"month\":\"2019-01\",\"repos\":[],\"threads\":[],\"coverage\":{}}");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void coverageHasOneEntryPerSourceSayingHowAndHowCompletely() throws IOException {
    StringWriter out = new StringWriter();
    json.write(
        NovemberShortlist.shortlist(),
        java.util.List.of(
            new SourceCoverage(
                SourceId.GITHUB,
                ReadMethod.SEARCH,
                9,
                false,
                java.time.Instant.parse("2026-11-28T10:00:00Z"),
                java.util.List.of("incomplete_results"),
                null,
                null),
            new SourceCoverage(
                new SourceId.Subreddit("MachineLearning"),
                ReadMethod.LISTING,
                388,
                true,
                java.time.Instant.parse("2026-11-28T10:01:00Z"),
                java.util.List.of(),
                null,
                null)),
        out);
    JsonNode coverage = MAPPER.readTree(out.toString()).get("coverage");
    assertThat(fieldNames(coverage)).containsExactly("github", "reddit:MachineLearning");
    assertThat(coverage.get("github").toString())
        .isEqualTo(
            "{\"source\":\"search\",\"repos\":9,\"complete\":false,\"fetchedAt\":\"2026-11-28T10:00:00Z\",\"notes\":[\"incomplete_results\"],\"events\":null}");
    assertThat(coverage.get("reddit:MachineLearning").get("posts").asInt()).isEqualTo(388);
    assertThat(coverage.get("reddit:MachineLearning").get("complete").asBoolean()).isTrue();
    assertThat(coverage.get("reddit:MachineLearning").has("repos")).isFalse();
    assertThat(coverage.get("reddit:MachineLearning").has("events")).isFalse();
  }

  @Test
  void gitHubsCoverageSaysWhatGhArchivesEventsGaveWithEveryKeyNullWhereUnknown()
      throws IOException {
    StringWriter out = new StringWriter();
    json.write(
        NovemberShortlist.shortlist(),
        java.util.List.of(
            new SourceCoverage(
                SourceId.GITHUB,
                ReadMethod.SEARCH_AND_EVENTS,
                52,
                true,
                java.time.Instant.parse("2026-11-28T10:00:00Z"),
                java.util.List.of(),
                null,
                null,
                new EventsCoverage(
                    EventsCoverage.Engine.CLICKHOUSE,
                    "play.clickhouse.com",
                    java.time.Instant.parse("2026-11-27T23:00:04Z"),
                    1000,
                    300,
                    41,
                    3,
                    5,
                    null,
                    false,
                    new LoneStargazersCoverage(LoneStargazersCoverage.Status.COUNTED, 9, 7)))),
        out);

    assertThat(MAPPER.readTree(out.toString()).get("coverage").get("github").toString())
        .isEqualTo(
            "{\"source\":\"search+events\",\"repos\":52,\"complete\":true,"
                + "\"fetchedAt\":\"2026-11-28T10:00:00Z\",\"notes\":[],\"events\":{"
                + "\"engine\":\"clickhouse\",\"endpoint\":\"play.clickhouse.com\","
                + "\"lastEventAt\":\"2026-11-27T23:00:04Z\",\"counted\":1000,\"lookedUp\":300,"
                + "\"keptAsMl\":41,\"renamed\":3,\"gone\":5,\"missingHours\":null,"
                + "\"lowerBound\":false,"
                + "\"loneStargazers\":{\"status\":\"counted\",\"asked\":9,\"counted\":7}}}");
  }

  @Test
  void archiveCoverageCarriesTheArchivesOwnCount() throws IOException {
    StringWriter out = new StringWriter();
    json.write(
        NovemberShortlist.shortlist(),
        java.util.List.of(
            new SourceCoverage(
                new SourceId.Subreddit("MachineLearning"),
                ReadMethod.ARCHIVE,
                1204,
                true,
                java.time.Instant.parse("2026-11-28T10:01:00Z"),
                java.util.List.of(),
                1204,
                null)),
        out);
    assertThat(
            MAPPER
                .readTree(out.toString())
                .get("coverage")
                .get("reddit:MachineLearning")
                .toString())
        .isEqualTo(
            "{\"source\":\"archive\",\"posts\":1204,\"expectedPosts\":1204,\"complete\":true,"
                + "\"fetchedAt\":\"2026-11-28T10:01:00Z\",\"notes\":[]}");
  }
}
