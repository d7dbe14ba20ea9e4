package dev.curate.rank;

import dev.curate.config.StarBurstSettings;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spots a month whose stars look bought: most of them on one or two days, with few forks or issues
 * to show for the attention. Flagged for the editor, never dropped: a launch on Hacker News also
 * comes in a burst, and only a person can tell the two apart.
 */
final class StarBurst {
  static final String FLAG = "star-burst";

  private final StarBurstSettings settings;

  StarBurst(StarBurstSettings settings) {
    this.settings = settings;
  }

  /**
   * What the editor is told, e.g. "star-burst: 92% of 3,100 stars on 2 days, 12 forks and issues".
   */
  Optional<String> describe(Repo repo, StarGain gain) {
    List<Integer> daily = gain.daily();
    long total = daily.stream().mapToLong(Integer::longValue).sum();
    if (daily.isEmpty() || total < settings.minStars() || total == 0) {
      return Optional.empty();
    }
    long busiest =
        daily.stream()
            .sorted(Comparator.reverseOrder())
            .limit(settings.days())
            .mapToLong(Integer::longValue)
            .sum();
    double share = (double) busiest / total;
    long attention = (long) repo.forks() + repo.openIssues();
    if (share < settings.share()
        || attention > settings.maxForksAndIssuesPerStar() * Math.max(total, repo.stars())) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: %d%% of the month's %,d stars on %d %s, %d forks and issues",
            FLAG,
            Math.round(share * 100),
            total,
            settings.days(),
            settings.days() == 1 ? "day" : "days",
            attention));
  }
}
