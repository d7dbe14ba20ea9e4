package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of issue 4: github.starGains, github.trending and scoring.repos.starsGained. */
class StarGainConfigTest {
  @TempDir Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  private CurateConfig load(String yaml) throws IOException {
    Path f = dir.resolve("curate.yaml");
    Files.writeString(f, yaml);
    return loader.load(Optional.of(f), Map.of());
  }

  @Test
  void theDefaultsLeanOnStarsGainedAndSearchTrendingRepositories() {
    CurateConfig c = loader.load(Optional.empty(), Map.of());
    assertThat(c.scoring().repos().starsGained()).isGreaterThan(c.scoring().repos().stars());
    assertThat(c.github().starGains()).isEqualTo(new StarGainSettings(40, 10));
    assertThat(c.github().trending().queries()).isNotEmpty();
    assertThat(c.github().trending().minStars()).isEqualTo(1000);
  }

  @Test
  void aUserFileSetsThemKeyByKey() throws IOException {
    CurateConfig c =
        load(
            "github:\n  starGains: {measureTop: 5}\n  trending: {queries: []}\n"
                + "scoring:\n  repos: {starsGained: 0}\n");
    assertThat(c.github().starGains().measureTop()).isEqualTo(5);
    assertThat(c.github().starGains().keepCoreRequests()).isEqualTo(10);
    assertThat(c.github().trending().queries()).isEmpty();
    assertThat(c.scoring().repos().starsGained()).isZero();
  }

  @Test
  void aTrendingQueryWithItsOwnPushedQualifierIsRefused() throws IOException {
    assertThatThrownBy(
            () -> load("github:\n  trending:\n    queries: ['topic:nlp pushed:>2020-01-01']\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'github.trending.queries'")
        .hasMessageContaining("pushed:");
  }

  @Test
  void outOfRangeValuesNameTheirKey() throws IOException {
    assertThatThrownBy(() -> load("github:\n  starGains: {measureTop: -1}\n"))
        .hasMessageContaining("github.starGains.measureTop");
    assertThatThrownBy(() -> load("github:\n  trending: {maxPages: 0}\n"))
        .hasMessageContaining("github.trending.maxPages");
    assertThatThrownBy(() -> load("scoring:\n  repos: {starsGained: -0.5}\n"))
        .hasMessageContaining("scoring.repos");
    assertThatThrownBy(() -> load("github:\n  starGains: {measureAll: true}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("measureAll");
  }

  @Test
  void theBreakoutWeighsAsMuchAsTheStarsGainedButCannotCarryAScoreAlone() throws IOException {
    CurateConfig shipped = loader.load(Optional.empty(), Map.of());
    assertThat(shipped.scoring().repos().breakout())
        .isEqualTo(shipped.scoring().repos().starsGained())
        .isEqualTo(0.6);
    assertThatThrownBy(() -> load("scoring:\n  repos: {breakout: -1}\n"))
        .hasMessageContaining("key 'scoring.repos.breakout' must be zero or more, got -1.0");
    // Months read without events have no breakout: some other signal must score them.
    assertThatThrownBy(
            () -> load("scoring:\n  repos: {stars: 0, forks: 0, starsGained: 0, breakout: 1}\n"))
        .hasMessageContaining("key 'scoring.repos' at least one weight must be above zero");
    assertThat(new ScoringSettings.RepoWeights(0.3, 0.1, 0.6).breakout()).isZero();
  }

  @Test
  void codeThatKnowsNoStarsGainedGetsWeightZero() {
    assertThat(new ScoringSettings.RepoWeights(0.8, 0.2).starsGained()).isZero();
    assertThat(new GitHubSettings(List.of("q"), 10, 1).trending()).isEqualTo(TrendingSettings.OFF);
  }
}
