package dev.curate.model;

/**
 * The accounts that starred a repository in a month, as GH Archive recorded them ({@code
 * actor_login} of its {@code WatchEvent}s), and how many of them starred nothing else that month:
 * accounts made or kept to sell stars often star only what they were paid for, real people star
 * around. Counted by an events source on ClickHouse for the month's top candidates only.
 *
 * @param stargazers distinct accounts with a star event for the repository in the month
 * @param lone those of them with no star event for any other repository in the month
 */
public record MonthStargazers(int stargazers, int lone) {
  public MonthStargazers {
    if (stargazers < 0 || lone < 0 || lone > stargazers) {
      throw new IllegalArgumentException(
          "lone stargazers must be between 0 and the " + stargazers + " stargazers, got " + lone);
    }
  }

  /**
   * The counts of two names of one repository (renamed within the month) together. An account that
   * starred it under both names is counted twice, and lone under neither: a small error, on the
   * side of fewer accusations.
   */
  public MonthStargazers plus(MonthStargazers other) {
    return new MonthStargazers(stargazers + other.stargazers, lone + other.lone);
  }

  /** The part of the stargazers that starred nothing else, in [0, 1]; 0 when there were none. */
  public double loneShare() {
    return stargazers == 0 ? 0 : (double) lone / stargazers;
  }
}
