package dev.curate.rank;

import dev.curate.config.StarBurstSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Spots a month whose stars look bought. First the burst: most of the month's stars on one or two
 * days, with few forks or issues to show for the attention; a repository whose forks and issues
 * grew with its stars is never suspected, however fast it rose. A launch on a news site comes in a
 * burst too, so a burst alone accuses no one: the other signals ({@link BurstEvidence}) weigh in,
 * and the repository is flagged when more of them accuse it than clear it. The flag says what it
 * rests on, in figures, for the editor to judge.
 */
final class StarBurst {
  static final String FLAG = "star-burst";

  private final StarBurstSettings settings;
  private final BurstEvidence evidence;

  StarBurst(StarBurstSettings settings) {
    this.settings = settings;
    this.evidence = new BurstEvidence(settings);
  }

  /** Whether a flagged repository is passed over by the shortlist ({@code starBurst.passOver}). */
  boolean passesOver() {
    return settings.passOver();
  }

  /** How many bursting repositories' watchers {@code rank} may ask GitHub for. */
  int watchersToLookUp() {
    return settings.watchers().lookUp();
  }

  /**
   * The flag, when the month looks bought: "star-burst: 4,200 stars, 6 forks, 92% of the month's
   * stars in 2 days; then a cliff: ...", each accusing signal after the burst, then what speaks
   * against it.
   *
   * @param stargazers the month's stargazers as GH Archive counted them, if it did
   */
  Optional<String> describe(
      Repo repo, StarGain gain, Optional<MonthStargazers> stargazers, CalendarMonth month) {
    Optional<Burst> found = burst(repo, gain);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Burst burst = found.get();
    List<BurstEvidence.Finding> findings = new ArrayList<>();
    evidence.cliff(burst).ifPresent(findings::add);
    evidence.watchers(repo).ifPresent(findings::add);
    evidence.pushes(repo, burst, month).ifPresent(findings::add);
    stargazers.flatMap(s -> evidence.loneStargazers(s, month)).ifPresent(findings::add);
    List<String> accusing = words(findings, true);
    List<String> clearing = words(findings, false);
    if (accusing.isEmpty() || accusing.size() <= clearing.size()) {
      return Optional.empty();
    }
    StringBuilder flag = new StringBuilder(FLAG).append(": ").append(burst.words(repo));
    accusing.forEach(w -> flag.append("; ").append(w));
    if (!clearing.isEmpty()) {
      flag.append("; against it: ").append(String.join("; ", clearing));
    }
    return Optional.of(flag.toString());
  }

  /**
   * Whether the repository bursts and its watchers are not known: asking GitHub for them may accuse
   * or clear it.
   */
  boolean wantsWatchers(Repo repo, StarGain gain) {
    return repo.watchers() == null && burst(repo, gain).isPresent();
  }

  /** The month's stars of a repository that bursts, 0 for one that does not. */
  long burstStars(Repo repo, StarGain gain) {
    return burst(repo, gain).map(Burst::monthStars).orElse(0L);
  }

  /** The burst, when the month's daily stars show one and the forks and issues do not answer it. */
  Optional<Burst> burst(Repo repo, StarGain gain) {
    List<Integer> daily = gain.daily();
    long total = daily.stream().mapToLong(Integer::longValue).sum();
    if (daily.isEmpty() || total == 0 || total < settings.minStars()) {
      return Optional.empty();
    }
    List<Integer> busiest =
        IntStream.range(0, daily.size())
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> daily.get(i)).reversed())
            .limit(settings.days())
            .sorted()
            .toList();
    long inBusiest = busiest.stream().mapToLong(daily::get).sum();
    double share = (double) inBusiest / total;
    long attention = (long) repo.forks() + repo.openIssues();
    if (share < settings.share()
        || attention > settings.maxForksAndIssuesPerStar() * Math.max(total, repo.stars())) {
      return Optional.empty();
    }
    return Optional.of(new Burst(daily, total, busiest, share));
  }

  private static List<String> words(List<BurstEvidence.Finding> findings, boolean accusing) {
    return findings.stream().filter(f -> f.accuses() == accusing).map(f -> f.words()).toList();
  }

  /**
   * A month whose busiest days hold most of its stars.
   *
   * @param daily the month's stars per day, index 0 the 1st
   * @param monthStars their sum
   * @param busiestDays the indexes of the busiest days, in calendar order
   * @param share the part of the month's stars they hold
   */
  record Burst(List<Integer> daily, long monthStars, List<Integer> busiestDays, double share) {
    Burst {
      daily = List.copyOf(daily);
      busiestDays = List.copyOf(busiestDays);
    }

    int firstDay() {
      return busiestDays.get(0);
    }

    int lastDay() {
      return busiestDays.get(busiestDays.size() - 1);
    }

    int peak() {
      return busiestDays.stream().mapToInt(daily::get).max().orElse(0);
    }

    /** "4,200 stars, 6 forks, 92% of the month's stars in 2 days". */
    String words(Repo repo) {
      String issues =
          repo.openIssues() == 0
              ? ""
              : ", " + count(repo.openIssues(), "open issue", "open issues");
      return String.format(
          Locale.ROOT,
          "%s, %s%s, %d%% of the month's stars in %s",
          count(repo.stars(), "star", "stars"),
          count(repo.forks(), "fork", "forks"),
          issues,
          Math.round(share * 100),
          count(busiestDays.size(), "day", "days"));
    }
  }

  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
