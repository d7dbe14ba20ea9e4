package dev.curate.doctor;

import dev.curate.github.RateLimits;
import java.time.Instant;
import java.util.Optional;

/**
 * What the services have left for a fetch.
 *
 * @param github GitHub's core and search budgets; empty when GitHub did not say
 * @param redditToken whether Reddit gave an app-only token
 * @param clickhouse the events table's last star event; empty when ClickHouse did not say
 */
public record Budgets(
    Optional<RateLimits> github, RedditToken redditToken, Optional<TableFreshness> clickhouse) {

  public enum RedditToken {
    /** Reddit issued one. */
    OK("ok"),
    /** Reddit refused the app's id and secret. */
    REFUSED("refused"),
    /** Reddit could not be asked, or answered otherwise. */
    FAILED("failed"),
    /** No app credentials: the public listings need no token. */
    NOT_ASKED("not-asked");

    private final String slug;

    RedditToken(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }
  }

  /**
   * @param table {@code database.table}
   */
  public record TableFreshness(String table, Instant lastEventAt) {}
}
