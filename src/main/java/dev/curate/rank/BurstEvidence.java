package dev.curate.rank;

import dev.curate.config.StarBurstSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.rank.StarBurst.Burst;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The signals that weigh in on a burst, each from data curate has or gets cheaply: each one
 * accuses, clears, or says nothing (empty) when its data is missing. The thresholds are {@code
 * starBurst.*}; docs/scoring.md, "Bought stars", gives each one's false-positive risk.
 */
final class BurstEvidence {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final StarBurstSettings settings;

  BurstEvidence(StarBurstSettings settings) {
    this.settings = settings;
  }

  /**
   * What one signal says, in words the editor can check.
   *
   * @param accuses true when it speaks for bought stars, false when against
   */
  record Finding(boolean accuses, String words) {}

  /**
   * The days after the burst: bought stars stop when the order is filled, a launch decays over
   * days. The days the month has after the burst count, up to {@code cliff.daysAfter}, against
   * {@code cliff.maxShareAfter} of the busiest day as much smaller as they are fewer; nothing is
   * said of a burst on the month's last day.
   */
  Optional<Finding> cliff(Burst burst) {
    StarBurstSettings.Cliff cliff = settings.cliff();
    int from = burst.lastDay() + 1;
    int to = Math.min(burst.daily().size(), from + cliff.daysAfter());
    int days = to - from;
    if (days <= 0 || burst.peak() == 0) {
      return Optional.empty();
    }
    long after = burst.daily().subList(from, to).stream().mapToLong(Integer::longValue).sum();
    double share = (double) after / burst.peak();
    boolean cliffed = share <= cliff.maxShareAfter() * days / cliff.daysAfter();
    return Optional.of(
        new Finding(
            cliffed,
            String.format(
                Locale.ROOT,
                "%s: %s in the %s after, %d%% of its busiest day's %,d",
                cliffed ? "then a cliff" : "then a decay",
                StarBurst.count(after, "star", "stars"),
                days == 1 ? "day" : days + " days",
                Math.round(share * 100),
                burst.peak())));
  }

  /**
   * The accounts watching the repository against its stars: people who care about a project watch
   * it, accounts paid to star it do not. Unknown until GitHub was asked ({@link Repo#watchers()}).
   */
  Optional<Finding> watchers(Repo repo) {
    if (repo.watchers() == null) {
      return Optional.empty();
    }
    double perStar = (double) repo.watchers() / Math.max(1, repo.stars());
    return Optional.of(
        new Finding(
            perStar <= settings.watchers().maxPerStar(),
            String.format(
                Locale.ROOT,
                "%s for %s (%.2f per 100 stars)",
                StarBurst.count(repo.watchers(), "watcher", "watchers"),
                StarBurst.count(repo.stars(), "star", "stars"),
                perStar * 100)));
  }

  /**
   * The repository's age and pushes: a project that drew real attention is worked on after it
   * (issues answered, fixes pushed); one whose last push came within {@code pushes.quietDays} of
   * its creation, or before the burst began, was left as it was.
   */
  Optional<Finding> pushes(Repo repo, Burst burst, CalendarMonth month) {
    Instant pushed = repo.pushedAt();
    if (pushed == null) {
      return Optional.empty();
    }
    Instant burstBegan = month.start().plus(Duration.ofDays(burst.firstDay()));
    Instant created = repo.createdAt();
    if (created != null
        && !pushed.isAfter(created.plus(Duration.ofDays(settings.pushes().quietDays())))) {
      return Optional.of(
          new Finding(
              true,
              "created "
                  + DATE.format(created)
                  + ", last push "
                  + DATE.format(pushed)
                  + ": nothing pushed after its first "
                  + (settings.pushes().quietDays() == 1
                      ? "day"
                      : settings.pushes().quietDays() + " days")));
    }
    if (pushed.isBefore(burstBegan)) {
      return Optional.of(
          new Finding(
              true,
              "last push "
                  + DATE.format(pushed)
                  + ", before the burst began on "
                  + DATE.format(burstBegan)));
    }
    return Optional.of(
        new Finding(
            false,
            "pushed after the burst began on "
                + DATE.format(burstBegan)
                + " (last push "
                + DATE.format(pushed)
                + ")"));
  }

  /**
   * The month's stargazers who starred nothing else that month: accounts made or kept to sell stars
   * star what they are paid for, people star around. Only where an events source on ClickHouse
   * counted them, and from {@code loneStargazers.minStargazers} accounts.
   */
  Optional<Finding> loneStargazers(MonthStargazers counted, CalendarMonth month) {
    StarBurstSettings.LoneStargazers lone = settings.loneStargazers();
    if (counted.stargazers() < lone.minStargazers()) {
      return Optional.empty();
    }
    double share = counted.loneShare();
    return Optional.of(
        new Finding(
            share >= lone.minShare(),
            String.format(
                Locale.ROOT,
                "%d%% of its %,d stargazers of %s starred nothing else that month",
                Math.round(share * 100),
                counted.stargazers(),
                month)));
  }
}
