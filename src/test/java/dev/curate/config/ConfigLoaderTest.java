package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("curate.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void shippedDefaultsMatchTheSeedsShape() {
    CurateConfig c = loader.load(Optional.empty(), Map.of());
    assertThat(c.reddit().subreddits()).containsExactly("MachineLearning", "datascience");
    assertThat(c.shortlist().repos()).isEqualTo(5);
    assertThat(c.shortlist().threads()).isEqualTo(5);
    assertThat(c.github().queries())
        .contains("topic:machine-learning", "topic:reinforcement-learning");
    assertThat(c.endpoints().githubApiUrl()).isEqualTo("https://api.github.com");
    assertThat(c.http().maxWait()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void userFileOverridesKeyByKeyAndReplacesLists() throws IOException {
    Path f =
        file(
            """
        shortlist:
          repos: 7
        reddit:
          subreddits: [learnmachinelearning]
        http:
          readTimeout: 45s
        """);
    CurateConfig c = loader.load(Optional.of(f), Map.of());
    assertThat(c.shortlist().repos()).isEqualTo(7);
    assertThat(c.shortlist().threads()).isEqualTo(5);
    assertThat(c.reddit().subreddits()).containsExactly("learnmachinelearning");
    assertThat(c.reddit().maxPages()).isEqualTo(10);
    assertThat(c.http().readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(c.http().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void unknownKeyNamesTheFileTheKeyAndTheKnownKeys() throws IOException {
    Path f = file("github:\n  perPge: 50\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("github.perPge")
        .hasMessageContaining("perPage");
  }

  @Test
  void outOfRangeValueNamesTheFileAndTheKey() throws IOException {
    Path f = file("github:\n  perPage: 500\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file " + f + ": key 'github.perPage' must be between 1 and 100, got 500");
  }

  @Test
  void wrongTypeNamesTheKey() throws IOException {
    Path f = file("shortlist:\n  repos: five\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("shortlist.repos");
  }

  @Test
  void badDurationSaysHowToWriteOne() throws IOException {
    Path f = file("http:\n  maxWait: forever\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessageContaining("http.maxWait")
        .hasMessageContaining("e.g. 500ms, 30s, 5m, 1h");
  }

  @Test
  void invalidYamlGivesTheLine() throws IOException {
    Path f = file("shortlist:\n  repos: [1,\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not valid YAML");
  }

  @Test
  void missingFileIsAClearError() {
    Path f = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessage("config file " + f + " does not exist: check the --config path");
  }

  @Test
  void badSubredditAndZeroWeightsAreRefused() throws IOException {
    Path f = file("reddit:\n  subreddits: [r/MachineLearning]\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessageContaining("without r/");
    Path g = file("scoring:\n  repos: {stars: 0, forks: 0, starsGained: 0}\n");
    assertThatThrownBy(() -> loader.load(Optional.of(g), Map.of()))
        .hasMessageContaining("scoring.repos");
  }

  @Test
  void createdQualifierInAQueryIsRefused() throws IOException {
    Path f = file("github:\n  queries: ['topic:nlp created:2018-01-01..2018-12-31']\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessageContaining("created:");
  }

  @Test
  void environmentWinsOverConfigForEndpointsAndTrailingSlashesGo() throws IOException {
    Path f = file("endpoints:\n  redditUrl: http://proxy.example:8080/\n");
    CurateConfig c =
        loader.load(
            Optional.of(f),
            Map.of(
                "CURATE_GITHUB_API_URL", "http://127.0.0.1:9999/api/v3/",
                "CURATE_REDDIT_OAUTH_URL", "http://127.0.0.1:9998"));
    assertThat(c.endpoints().githubApiUrl()).isEqualTo("http://127.0.0.1:9999/api/v3");
    assertThat(c.endpoints().redditUrl()).isEqualTo("http://proxy.example:8080");
    assertThat(c.endpoints().redditOauthUrl()).isEqualTo("http://127.0.0.1:9998");
  }

  @Test
  void badEndpointVariableIsNamed() {
    assertThatThrownBy(
            () -> loader.load(Optional.empty(), Map.of("CURATE_REDDIT_URL", "localhost:1234")))
        .hasMessage("CURATE_REDDIT_URL: 'localhost:1234' is not an http(s) URL");
  }

  @Test
  void emptyUserFileMeansDefaults() throws IOException {
    Path f = file("");
    assertThat(loader.load(Optional.of(f), Map.of()).shortlist().repos()).isEqualTo(5);
  }
}
