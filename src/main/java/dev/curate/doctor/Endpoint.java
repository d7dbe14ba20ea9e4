package dev.curate.doctor;

import dev.curate.config.EndpointOverrides;
import dev.curate.config.Endpoints;

/** The services a fetch talks to, as {@code curate doctor} names them. */
public enum Endpoint {
  GITHUB("github", "GitHub API", EndpointOverrides.GITHUB_API_URL),
  REDDIT("reddit", "Reddit", EndpointOverrides.REDDIT_URL),
  REDDIT_OAUTH("redditOauth", "Reddit OAuth", EndpointOverrides.REDDIT_OAUTH_URL),
  ARCHIVE("archive", "Reddit archive", EndpointOverrides.REDDIT_ARCHIVE_URL),
  CLICKHOUSE("clickhouse", "ClickHouse", EndpointOverrides.CLICKHOUSE_URL);

  private final String key;
  private final String label;
  private final String variable;

  Endpoint(String key, String label, String variable) {
    this.key = key;
    this.label = label;
    this.variable = variable;
  }

  /** Its name in {@code doctor --json}. */
  public String key() {
    return key;
  }

  /** Its name for people. */
  public String label() {
    return label;
  }

  /** The environment variable that points curate elsewhere. */
  public String variable() {
    return variable;
  }

  public String url(Endpoints endpoints) {
    return switch (this) {
      case GITHUB -> endpoints.githubApiUrl();
      case REDDIT -> endpoints.redditUrl();
      case REDDIT_OAUTH -> endpoints.redditOauthUrl();
      case ARCHIVE -> endpoints.redditArchiveUrl();
      case CLICKHOUSE -> endpoints.clickhouseUrl();
    };
  }
}
