package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.Endpoints;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.SourceDecision;
import dev.curate.reddit.api.TopWindow;
import dev.curate.workflow.GitHubReading;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchStartTest {
  private static final TopWindow ALL = TopWindow.ALL;
  private static final TopWindow WEEK = TopWindow.WEEK;
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
  void gitHubSaysWhereItsCandidatesComeFromAndWhatNoTokenLimits() {
    GitHubReading both = new GitHubReading(true, true, false, Optional.empty());
    GitHubReading eventsAlone = new GitHubReading(false, true, true, Optional.empty());
    assertThat(FetchStart.github("https://api.github.com", GitHubCredentials.none(), both))
        .isEqualTo(
            "GitHub: https://api.github.com, no token: searches are paced to GitHub's"
                + " unauthenticated 10 a minute; candidates from the searches and from GH Archive's"
                + " star events, looked up by name");
    assertThat(FetchStart.github("https://api.github.com", GitHubCredentials.none(), eventsAlone))
        .isEqualTo(
            "GitHub: https://api.github.com, no token: look-ups by name are limited to GitHub's"
                + " unauthenticated 60 an hour; candidates from GH Archive's star events alone,"
                + " looked up by name (no search)");
    assertThat(
            FetchStart.github(
                "https://api.github.com", GitHubCredentials.none(), GitHubReading.SEARCH))
        .isEqualTo(
            "GitHub: https://api.github.com, no token: searches are paced to GitHub's"
                + " unauthenticated 10 a minute");
  }

  @Test
  void redditSaysWhereThreadsComeFromAndHowRedditIsAsked() {
    assertThat(FetchStart.reddit(ENDPOINTS, PUBLIC, decision(RedditSourceChoice.api, ALL), 0, 500))
        .isEqualTo(
            "Reddit: threads from the top listings (t=all); Reddit asked through the public endpoints via"
                + " https://www.reddit.com (set REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET for OAuth)");
    assertThat(
            FetchStart.reddit(ENDPOINTS, OAUTH, decision(RedditSourceChoice.archive, WEEK), 0, 500))
        .isEqualTo(
            "Reddit: threads from the archive at https://arctic-shift.photon-reddit.com, figures refreshed from Reddit;"
                + " Reddit asked through application-only OAuth (REDDIT_CLIENT_ID) via https://oauth.reddit.com");
  }

  @Test
  void autoSaysWhichSourceItChoseForTheMonthAndWhatFollows() {
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, decision(RedditSourceChoice.auto, WEEK), 0, 500))
        .startsWith(
            "Reddit: threads from the top listings (t=week), then from the archive at"
                + " https://arctic-shift.photon-reddit.com for a subreddit whose listing is cut (auto);");
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, decision(RedditSourceChoice.auto, ALL), 0, 500))
        .startsWith(
            "Reddit: threads from the archive at https://arctic-shift.photon-reddit.com, figures refreshed"
                + " from Reddit (auto: the top listings reach back a year at most), from the top listings"
                + " (t=all) where the archive fails;");
  }

  @Test
  void dumpsReplaceTheNetworkWhateverTheChoice() {
    SourceDecision dumps = new SourceDecision(RedditSourceChoice.auto, WEEK, true);
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, dumps, 2, 500))
        .startsWith("Reddit: threads from 2 dumps, figures refreshed from Reddit;")
        .doesNotContain("id-123456", "secret-123456");
  }

  @Test
  void withoutRefreshTheFiguresAreTheDumpsOwnAndRedditIsNotAsked() {
    SourceDecision dumps = new SourceDecision(RedditSourceChoice.auto, WEEK, true);
    assertThat(FetchStart.reddit(ENDPOINTS, OAUTH, dumps, 1, 0))
        .isEqualTo(
            "Reddit: threads from 1 dump, figures the dump's own (reddit.refreshTop: 0);"
                + " Reddit is not asked");
    assertThat(
            FetchStart.reddit(ENDPOINTS, OAUTH, decision(RedditSourceChoice.archive, WEEK), 0, 0))
        .startsWith(
            "Reddit: threads from the archive at https://arctic-shift.photon-reddit.com, figures the"
                + " archive's own (reddit.refreshTop: 0);");
  }

  private static SourceDecision decision(RedditSourceChoice choice, TopWindow window) {
    return new SourceDecision(choice, window, false);
  }
}
