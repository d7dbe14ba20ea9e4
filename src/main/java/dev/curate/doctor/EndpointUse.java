package dev.curate.doctor;

import dev.curate.config.CurateConfig;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.RedditSourceChoice;
import java.util.Optional;

/**
 * Whether {@code curate fetch --month M}, as configured, needs an endpoint. A needed endpoint that
 * fails makes the set-up broken (exit 1, or 4 for a refused credential); one the fetch does not
 * need, or only to add to what it already has, is a warning.
 *
 * <p>Under {@code auto} the source {@code auto} reads first is needed although the fetch falls back
 * when it fails: the fallback reads less of the month (the searches miss every repository created
 * before it; the listing stops at 1,000 items), so the fetch would run, but not as configured. An
 * editor who accepts that sets {@code github.source: search} or {@code reddit.source: api}.
 */
final class EndpointUse {
  private final CurateConfig config;
  private final boolean oauth;

  /**
   * @param oauth whether Reddit's app credentials are set
   */
  EndpointUse(CurateConfig config, boolean oauth) {
    this.config = config;
    this.oauth = oauth;
  }

  /** Why the fetch does not need {@code endpoint}; empty when it does. */
  Optional<String> notNeeded(Endpoint endpoint) {
    RedditSourceChoice reddit = config.reddit().source();
    return switch (endpoint) {
      case GITHUB -> Optional.empty();
      case REDDIT ->
          reddit == RedditSourceChoice.archive
              ? Optional.of("reddit.source is archive: Reddit only refreshes the archive's figures")
              : Optional.empty();
      case REDDIT_OAUTH -> {
        if (!oauth) {
          yield Optional.of(
              "without REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET curate reads Reddit's"
                  + " public listings");
        }
        yield notNeeded(Endpoint.REDDIT);
      }
      case ARCHIVE ->
          reddit == RedditSourceChoice.api
              ? Optional.of("reddit.source is api: the archive is not read")
              : Optional.empty();
      case CLICKHOUSE ->
          config.github().source() == GitHubSourceChoice.search
              ? Optional.of(
                  "github.source is search: GH Archive's events are read only with"
                      + " --github-source events or auto")
              : Optional.empty();
    };
  }
}
