package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One week of {@code GET /repos/{owner}/{repo}/stargazers/history}: the week's start in Unix
 * seconds, the stars given that week that still exist, and their split over the week's seven days
 * (https://docs.github.com/rest/activity/starring?apiVersion=2026-03-10; GitHub changelog
 * 2026-09-04). Weeks without stars may be left out of the list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StarWeek(long week, int total, List<Integer> days) {
  static final long WEEK_SECONDS = 7 * 86_400L;

  StarWeek {
    days = days == null ? List.of() : List.copyOf(days);
  }

  /** Whether any of the week's time lies in [start, end) (Unix seconds). */
  boolean overlaps(long start, long end) {
    return week < end && week + WEEK_SECONDS > start;
  }
}
