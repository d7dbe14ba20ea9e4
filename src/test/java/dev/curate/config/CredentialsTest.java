package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void ghTokenWinsOverGithubToken() {
    GitHubCredentials c =
        GitHubCredentials.fromEnvironment(Map.of("GH_TOKEN", "ghp_a", "GITHUB_TOKEN", "ghp_b"));
    assertThat(c.variable()).contains("GH_TOKEN");
    assertThat(c.token().orElseThrow().reveal()).isEqualTo("ghp_a");
  }

  @Test
  void blankTokenCountsAsUnset() {
    GitHubCredentials c =
        GitHubCredentials.fromEnvironment(Map.of("GH_TOKEN", " ", "GITHUB_TOKEN", "ghp_b"));
    assertThat(c.variable()).contains("GITHUB_TOKEN");
  }

  @Test
  void secretNeverShowsInToString() {
    Secret s = new Secret("ghp_supersecret");
    assertThat(s.toString()).isEqualTo("[redacted]");
    assertThat(GitHubCredentials.fromEnvironment(Map.of("GH_TOKEN", "ghp_supersecret")).toString())
        .doesNotContain("supersecret");
  }

  @Test
  void halfOfTheRedditCredentialsIsACredentialsError() {
    assertThatThrownBy(
            () -> RedditCredentials.fromEnvironment(Map.of("REDDIT_CLIENT_ID", "abc123"), "1"))
        .isInstanceOf(CurateException.class)
        .hasMessageContaining("REDDIT_CLIENT_SECRET is not")
        .satisfies(
            e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.CREDENTIALS))
        .hasMessageNotContaining("abc123");
  }

  @Test
  void defaultUserAgentFollowsRedditsFormat() {
    RedditCredentials c = RedditCredentials.fromEnvironment(Map.of(), "0.1.0");
    assertThat(c.userAgent()).matches("^[a-z]+:[\\w.]+:v?[\\d.]+ \\(by /u/\\w+\\)$");
    assertThat(c.hasOAuth()).isFalse();
    assertThat(c.userAgentFromEnvironment()).isFalse();
  }
}
