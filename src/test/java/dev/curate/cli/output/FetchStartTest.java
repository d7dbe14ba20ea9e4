package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.Endpoints;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchStartTest {
  private static final Endpoints ENDPOINTS =
      new Endpoints(
          "https://api.github.com",
          "https://www.reddit.com",
          "https://oauth.reddit.com",
          "https://arctic-shift.photon-reddit.com");
  private static final RedditCredentials PUBLIC =
      RedditCredentials.fromEnvironment(Map.of(), "0.1.0");
  private static final RedditCredentials OAUTH =
      RedditCredentials.fromEnvironment(
          Map.of(
              RedditCredentials.CLIENT_ID,
              "id-123456",
              RedditCredentials.CLIENT_SECRET,
              "secret-123456"),
          "0.1.0");

  @Test
  void theFirstLineSaysTheMonthInUtcAndTheWorkspace() {
    assertThat(FetchStart.month(CalendarMonth.of(2018, 11), Path.of("/ws")))
        .isEqualTo("Fetching 2018-11 (2018-11-01..2018-11-30 UTC) into /ws");
  }

  @Test
  void gitHubNamesTheTokensVariableNeverItsValue() {
    GitHubCredentials token =
        GitHubCredentials.fromEnvironment(
            Map.of(GitHubCredentials.GITHUB_TOKEN, "ghp_abcdef123456"));
    assertThat(FetchStart.github("https://api.github.com", token))
        .isEqualTo("GitHub: https://api.github.com, token from GITHUB_TOKEN");
    assertThat(FetchStart.github("https://api.github.com", GitHubCredentials.none()))
        .isEqualTo(
            "GitHub: https://api.github.com, no token: searches are paced to GitHub's unauthenticated 10 a minute");
  }

  @Test
  void redditSaysWhereThreadsComeFromAndHowRedditIsAsked() {
    assertThat(FetchStart.reddit(ENDPOINTS, PUBLIC, RedditSourceChoice.api, 0))
        .isEqualTo(
            "Reddit: threads from the top listings; Reddit asked through the public endpoints via https://www.reddit.com"
                + " (set REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET for OAuth)");
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, RedditSourceChoice.archive, 0))
        .isEqualTo(
            "Reddit: threads from the archive at https://arctic-shift.photon-reddit.com, figures refreshed from Reddit;"
                + " Reddit asked through application-only OAuth (REDDIT_CLIENT_ID) via https://oauth.reddit.com");
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, RedditSourceChoice.auto, 0))
        .startsWith(
            "Reddit: threads from the top listings where they cover the month, else from the archive at"
                + " https://arctic-shift.photon-reddit.com;");
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, RedditSourceChoice.auto, 2))
        .startsWith("Reddit: threads from 2 dumps, figures refreshed from Reddit;")
        .doesNotContain("id-123456", "secret-123456");
  }
}
