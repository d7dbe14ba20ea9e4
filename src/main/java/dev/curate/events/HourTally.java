package dev.curate.events;

import java.util.HashMap;
import java.util.Map;

/**
 * Star events counted per repository name over four months (the month, then one, two and three
 * months before): one small record per repository, never the events. The latest repository id seen
 * under each name is kept too, so names of one repository can be told.
 */
final class HourTally {
  /** Counts by month, index 0 the month itself, and the id of the latest event. */
  static final class Repo {
    final long[] stars = new long[1 + StarQueries.EARLIER_MONTHS];
    long repoId = -1;
    long repoIdAt = Long.MIN_VALUE;

    void add(int month, long id, long at) {
      stars[month]++;
      if (id >= 0 && at >= repoIdAt) {
        repoId = id;
        repoIdAt = at;
      }
    }

    void addAll(Repo other) {
      for (int i = 0; i < stars.length; i++) {
        stars[i] += other.stars[i];
      }
      if (other.repoId >= 0 && other.repoIdAt >= repoIdAt) {
        repoId = other.repoId;
        repoIdAt = other.repoIdAt;
      }
    }
  }

  final Map<String, Repo> repos = new HashMap<>();
  long lines;
  long malformed;
  long latestEvent = Long.MIN_VALUE;

  void star(String name, int month, long repoId, long at) {
    repos.computeIfAbsent(name, n -> new Repo()).add(month, repoId, at);
    latestEvent = Math.max(latestEvent, at);
  }

  /** Adds {@code other}'s counts to these. */
  void addAll(HourTally other) {
    other.repos.forEach((name, repo) -> repos.computeIfAbsent(name, n -> new Repo()).addAll(repo));
    lines += other.lines;
    malformed += other.malformed;
    latestEvent = Math.max(latestEvent, other.latestEvent);
  }
}
