package dev.curate.rank;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Months of November 2018 as the star history gives them (stars per day, index 0 the 1st), bought
 * and organic, for the star-burst tests. The figures are made up in the proportions such months
 * have: a new repository gets 1 to 3 watchers and 5 to 20 forks per 100 stars when people use it.
 */
final class BurstShapes {
  static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);

  private BurstShapes() {}

  /**
   * Bought: a trickle from its creation on the 9th, 3,880 stars on the 12th and 13th, then ten a
   * day; 6 forks, no issue, nothing pushed after the day it was created.
   */
  static Repo bought() {
    return RepoBuilder.repo("starseller/llm-toolkit")
        .id(9001L)
        .description("A deep learning toolkit")
        .stars(4200)
        .forks(6)
        .openIssues(0)
        .createdAt("2018-11-09T10:00:00Z")
        .pushedAt(Instant.parse("2018-11-09T10:05:00Z"))
        .build();
  }

  static StarGain boughtMonth() {
    int[] daily = new int[30];
    daily[8] = 40;
    daily[9] = 60;
    daily[10] = 80;
    daily[11] = 2100;
    daily[12] = 1780;
    for (int day = 13; day < 27; day++) {
      daily[day] = 10;
    }
    return month(daily);
  }

  /**
   * Viral and real: launched on the 5th, 83% of the month's stars in two days, then a decay; forks
   * and issues came with the stars, and it was worked on for months.
   */
  static Repo viral() {
    return RepoBuilder.repo("visionlab/detector")
        .id(9002L)
        .description("Real-time object detection")
        .stars(7600)
        .forks(1150)
        .openIssues(60)
        .createdAt("2018-11-03T08:00:00Z")
        .pushedAt(Instant.parse("2019-02-10T12:00:00Z"))
        .watchers(190)
        .build();
  }

  static StarGain viralMonth() {
    int[] daily = new int[30];
    daily[3] = 120;
    daily[4] = 3400;
    daily[5] = 2900;
    int[] decay = {400, 260, 170, 110, 80, 60};
    for (int i = 0; i < decay.length; i++) {
      daily[6 + i] = decay[i];
    }
    for (int day = 12; day < 30; day++) {
      daily[day] = day % 3 == 0 ? 6 : 5;
    }
    return month(daily);
  }

  /**
   * A list of papers on a news site's front page: 2,500 stars on the 15th and 16th, hardly a fork
   * (people read a list, they do not fork it), then a decay; watched, and kept up to date.
   */
  static Repo newsLaunch() {
    return RepoBuilder.repo("readinglist/awesome-ml-papers")
        .id(9003L)
        .description("A curated list of machine learning papers")
        .stars(3000)
        .forks(40)
        .openIssues(4)
        .createdAt("2018-11-11T09:00:00Z")
        .pushedAt(Instant.parse("2019-01-20T18:00:00Z"))
        .watchers(95)
        .build();
  }

  static StarGain newsLaunchMonth() {
    int[] daily = new int[30];
    for (int day = 10; day < 14; day++) {
      daily[day] = 10;
    }
    daily[14] = 1500;
    daily[15] = 1000;
    int[] decay = {180, 90, 50, 30, 20, 15, 10};
    for (int i = 0; i < decay.length; i++) {
      daily[16 + i] = decay[i];
    }
    for (int day = 23; day < 30; day++) {
      daily[day] = 8;
    }
    return month(daily);
  }

  /** The month's stars per day as the star history measured them. */
  static StarGain month(int... daily) {
    List<Integer> days = new ArrayList<>(Collections.nCopies(30, 0));
    int total = 0;
    for (int i = 0; i < daily.length; i++) {
      days.set(i, daily[i]);
      total += daily[i];
    }
    return StarGain.measured(
        total, StarGainMethod.HISTORY, days, Instant.parse("2018-12-01T06:00:00Z"));
  }
}
