package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.store.StarSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The rule that chooses each repository's stars gained among the figures a fetch has
 * (docs/scoring.md, "Stars gained"): the API's (star history, else stargazer list), else the
 * month's star events an events source counted, else the star snapshots this workspace's fetches
 * kept, else unknown.
 *
 * <p>A repository both the history and the events measured keeps both figures: the gain is the
 * history's, method {@code history} (it counts the month's stars day by day, and only those that
 * still exist), and the events' count stays with the month's {@link MonthlyStars} in the store.
 *
 * <p>The gain of a month from snapshots is {@code E − S}, where S is the last snapshot taken at or
 * before the month's first instant, and E the first snapshot taken at or after the month's end, or,
 * for a month not over yet, the latest snapshot taken after its first instant. It is unknown when
 * either is missing. It is a net change (stars removed count against it) over [S, E], which holds
 * the whole month: when fetches are far apart it also counts the stars given between S and the
 * month's start and between its end and E.
 */
final class StarGainFallback {
  private StarGainFallback() {}

  /**
   * Every repository's gain: the measured one, else the snapshots', else unknown.
   *
   * @param earlier the snapshots earlier fetches kept, by repository id
   * @param now when this fetch is saved: its own snapshot of each repository counts too, and it
   *     decides whether the month is over
   */
  static Map<Long, StarGain> complete(
      CalendarMonth month,
      List<Repo> repos,
      Map<Long, StarGain> measured,
      Map<Long, List<StarSnapshot>> earlier,
      Instant now) {
    return complete(month, repos, measured, Map.of(), earlier, now);
  }

  /**
   * Every repository's gain: the measured one, else the month's star events ({@code events}), else
   * the snapshots', else unknown.
   *
   * @param measured the API's figures (history, stargazers) by repository id
   * @param events what an events source counted, by repository id
   */
  static Map<Long, StarGain> complete(
      CalendarMonth month,
      List<Repo> repos,
      Map<Long, StarGain> measured,
      Map<Long, MonthlyStars> events,
      Map<Long, List<StarSnapshot>> earlier,
      Instant now) {
    Map<Long, StarGain> gains = new HashMap<>();
    for (Repo repo : repos) {
      StarGain gain = measured.getOrDefault(repo.id(), StarGain.UNKNOWN);
      MonthlyStars counted = events.get(repo.id());
      if (!gain.known() && counted != null) {
        gain = StarGain.measured(counted.month(), StarGainMethod.EVENTS, List.of(), now);
      }
      if (!gain.known()) {
        List<StarSnapshot> snapshots = new ArrayList<>(earlier.getOrDefault(repo.id(), List.of()));
        snapshots.add(StarSnapshot.of(repo, now));
        OptionalInt fromSnapshots = gain(month, snapshots, now);
        if (fromSnapshots.isPresent()) {
          gain =
              StarGain.measured(fromSnapshots.getAsInt(), StarGainMethod.SNAPSHOTS, List.of(), now);
        }
      }
      gains.put(repo.id(), gain);
    }
    return gains;
  }

  /**
   * The ids of the repositories whose gain {@code measured} leaves unknown: those whose snapshots
   * matter.
   */
  static List<Long> unmeasured(List<Repo> repos, Map<Long, StarGain> measured) {
    return repos.stream()
        .map(Repo::id)
        .filter(id -> !measured.getOrDefault(id, StarGain.UNKNOWN).known())
        .toList();
  }

  /**
   * The month's gain from these snapshots, as defined above; a later one at the same instant wins.
   */
  static OptionalInt gain(CalendarMonth month, Collection<StarSnapshot> snapshots, Instant now) {
    TreeMap<Instant, Integer> byTime = new TreeMap<>();
    snapshots.forEach(s -> byTime.put(s.takenAt(), s.stars()));
    Map.Entry<Instant, Integer> before = byTime.floorEntry(month.start());
    if (before == null) {
      return OptionalInt.empty();
    }
    Map.Entry<Instant, Integer> after =
        now.isBefore(month.end())
            ? lastAfter(byTime, month.start())
            : byTime.ceilingEntry(month.end());
    return after == null
        ? OptionalInt.empty()
        : OptionalInt.of(after.getValue() - before.getValue());
  }

  private static Map.Entry<Instant, Integer> lastAfter(
      TreeMap<Instant, Integer> byTime, Instant start) {
    Map.Entry<Instant, Integer> last = byTime.lastEntry();
    return last != null && last.getKey().isAfter(start) ? last : null;
  }
}
