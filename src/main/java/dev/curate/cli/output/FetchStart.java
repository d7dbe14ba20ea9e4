package dev.curate.cli.output;

import dev.curate.config.Endpoints;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import java.nio.file.Path;

/**
 * The progress lines a fetch starts with: the month and the workspace, then how each source will be
 * asked (where, with which credential, from which of Reddit's sources). Credentials are named by
 * their variable, never by their value.
 */
public final class FetchStart {
  private FetchStart() {}

  public static String month(CalendarMonth month, Path workspace) {
    return "Fetching " + month + " (" + month.isoDateRange() + " UTC) into " + workspace;
  }

  public static String github(String apiUrl, GitHubCredentials credentials) {
    if (credentials.variable().isPresent()) {
      return "GitHub: " + apiUrl + ", token from " + credentials.variable().get();
    }
    // The source's own report carries the warning; this line says why the fetch is slow.
    return "GitHub: "
        + apiUrl
        + ", no token: searches are paced to GitHub's unauthenticated 10 a minute";
  }

  /**
   * @param choice where threads come from when they come from the network
   * @param dumps the {@code --reddit-dump} files, read instead of the network when there are any
   */
  public static String reddit(
      Endpoints endpoints, RedditCredentials credentials, RedditSourceChoice choice, int dumps) {
    String asked =
        credentials.hasOAuth()
            ? "application-only OAuth ("
                + RedditCredentials.CLIENT_ID
                + ") via "
                + endpoints.redditOauthUrl()
            : "the public endpoints via "
                + endpoints.redditUrl()
                + " (set "
                + RedditCredentials.CLIENT_ID
                + " and "
                + RedditCredentials.CLIENT_SECRET
                + " for OAuth)";
    return "Reddit: "
        + threadSource(endpoints.redditArchiveUrl(), choice, dumps)
        + "; Reddit asked through "
        + asked;
  }

  private static String threadSource(String archive, RedditSourceChoice choice, int dumps) {
    if (dumps > 0) {
      return "threads from "
          + dumps
          + (dumps == 1 ? " dump" : " dumps")
          + ", figures refreshed from Reddit";
    }
    return switch (choice) {
      case api -> "threads from the top listings";
      case archive -> "threads from the archive at " + archive + ", figures refreshed from Reddit";
      case auto ->
          "threads from the top listings where they cover the month, else from the archive at "
              + archive;
    };
  }
}
