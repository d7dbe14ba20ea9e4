package dev.curate.cli.output;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.Endpoints;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.reddit.SourceDecision;
import dev.curate.workflow.GitHubReading;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines a fetch starts with, which head its dry run too: the month and the workspace, then how
 * each source will be asked (where, with which credential, from which of Reddit's sources and why).
 * Credentials are named by their variable, never by their value.
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
   * As {@link #github(String, GitHubCredentials)}, saying where the candidates come from when GH
   * Archive's events take part.
   */
  public static String github(String apiUrl, GitHubCredentials credentials, GitHubReading reading) {
    if (!reading.events()) {
      return github(apiUrl, credentials);
    }
    // Without searches, what no token limits is the look-ups: GitHub's 60 core requests an hour.
    String line =
        reading.search() || credentials.variable().isPresent()
            ? github(apiUrl, credentials)
            : "GitHub: "
                + apiUrl
                + ", no token: look-ups by name are limited to GitHub's unauthenticated 60 an hour";
    return line
        + (reading.search()
            ? "; candidates from the searches and from GH Archive's star events, looked up by name"
            : "; candidates from GH Archive's star events alone, looked up by name (no search)");
  }

  /**
   * The events on a ClickHouse server: where, which table, which account (named by its variable,
   * never its password), and what a failure does.
   */
  public static String clickHouse(
      String server, String table, ClickHouseCredentials credentials, GitHubReading reading) {
    String account =
        credentials.user().equals(ClickHouseCredentials.PLAYGROUND_USER)
                && credentials.password().isEmpty()
            ? "the playground's account '"
                + ClickHouseCredentials.PLAYGROUND_USER
                + "' (set "
                + ClickHouseCredentials.USER
                + " and "
                + ClickHouseCredentials.PASSWORD
                + " for another)"
            : "account '"
                + credentials.user()
                + "' ("
                + ClickHouseCredentials.USER
                + (credentials.password().isPresent()
                    ? ", password from " + ClickHouseCredentials.PASSWORD
                    : ", no password")
                + ")";
    return "GH Archive's star events: ClickHouse at "
        + server
        + ", table "
        + table
        + ", "
        + account
        + whenItFails(reading);
  }

  /**
   * The month's lone stargazers, asked of ClickHouse after the GitHub candidates are known ({@code
   * workflow.LoneStargazerCount}).
   */
  public static String loneStargazers(String server, int ask, GitHubReading reading) {
    return "GH Archive's lone stargazers: ClickHouse at "
        + server
        + ", for at most "
        + ask
        + " candidates with the most stars gained (starBurst.loneStargazers.ask)"
        + (reading.eventsRequired()
            ? "; a failure ends the fetch (--github-source events)"
            : "; if they cannot be counted, that signal of a star burst stays unknown (auto)");
  }

  /** The events in hour files ({@code --gharchive}). */
  public static String hourFiles(List<Path> paths, GitHubReading reading) {
    String named =
        paths.size() == 1 ? paths.get(0).toString() : paths.size() + " paths of --gharchive";
    return "GH Archive's star events: counted from the hour files in "
        + named
        + " (lone stargazers are not available from hour files)"
        + whenItFails(reading);
  }

  /** The events left out of the month by {@code auto}, and why. */
  public static String eventsLeftOut(String why) {
    return "GH Archive's star events: not read: " + why;
  }

  private static String whenItFails(GitHubReading reading) {
    return reading.eventsRequired()
        ? "; a failure ends the fetch (--github-source events)"
        : "; if they cannot be read, the month is read by search alone (auto)";
  }

  /**
   * @param decision where threads come from, and why
   * @param dumps how many {@code --reddit-dump} files are read instead of the network
   * @param refreshTop {@code reddit.refreshTop}: 0 keeps an archive's or a dump's own figures
   */
  public static String reddit(
      Endpoints endpoints,
      RedditCredentials credentials,
      SourceDecision decision,
      int dumps,
      int refreshTop) {
    boolean refreshed = refreshTop > 0;
    if (decision.reason() == SourceDecision.Reason.DUMPS_GIVEN && !refreshed) {
      // Nothing is sent: naming an endpoint or a credential would suggest otherwise.
      return "Reddit: "
          + threadSource(endpoints.redditArchiveUrl(), decision, dumps, false)
          + "; Reddit is not asked";
    }
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
        + threadSource(endpoints.redditArchiveUrl(), decision, dumps, refreshed)
        + "; Reddit asked through "
        + asked;
  }

  /** The one wording of {@link SourceDecision}. */
  private static String threadSource(
      String archive, SourceDecision decision, int dumps, boolean refreshed) {
    String listings = "the top listings (t=" + decision.window().parameter() + ")";
    String fromArchive = "the archive at " + archive + figures(refreshed, "the archive's own");
    return switch (decision.reason()) {
      case DUMPS_GIVEN ->
          "threads from "
              + dumps
              + (dumps == 1 ? " dump" : " dumps")
              + figures(refreshed, dumps == 1 ? "the dump's own" : "the dumps' own");
      case CHOSEN ->
          "threads from " + (decision.first() == ReadMethod.LISTING ? listings : fromArchive);
      case LISTING_MAY_COVER_THE_MONTH ->
          "threads from "
              + listings
              + ", then from the archive at "
              + archive
              + " for a subreddit whose listing is cut (auto)";
      case MONTH_BEYOND_THE_LISTING ->
          "threads from "
              + fromArchive
              + " (auto: the top listings reach back a year at most), from "
              + listings
              + " where the archive fails";
    };
  }

  private static String figures(boolean refreshed, String own) {
    return refreshed
        ? ", figures refreshed from Reddit"
        : ", figures " + own + " (reddit.refreshTop: 0)";
  }
}
