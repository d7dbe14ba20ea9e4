package dev.curate.config;

/**
 * Base URLs of every service curate talks to; none ends with a slash.
 *
 * @param clickhouseUrl a ClickHouse server's HTTP interface holding GH Archive's events (the public
 *     playground by default); only its origin is used, queries go to {@code POST /}
 */
public record Endpoints(
    String githubApiUrl,
    String redditUrl,
    String redditOauthUrl,
    String redditArchiveUrl,
    String clickhouseUrl) {

  /** ClickHouse's public playground, where the {@code github_events} table is loaded hourly. */
  public static final String PLAYGROUND = "https://play.clickhouse.com";

  /** GitHub's and Reddit's endpoints, with the playground for the events. */
  public Endpoints(
      String githubApiUrl, String redditUrl, String redditOauthUrl, String redditArchiveUrl) {
    this(githubApiUrl, redditUrl, redditOauthUrl, redditArchiveUrl, PLAYGROUND);
  }
}
