package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.testing.SourceReports;
import java.time.Instant;
import java.util.List;

/** Small, readable items for the store tests. */
final class Fixtures {
  static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  static final CalendarMonth DECEMBER = CalendarMonth.of(2018, 12);
  static final Instant FIRST_FETCH = Instant.parse("2018-12-01T08:00:00Z");
  static final Instant SECOND_FETCH = Instant.parse("2018-12-02T08:00:00.5Z");

  private Fixtures() {}

  static Repo repo(long id, String fullName, int stars, Instant fetchedAt) {
    String[] parts = fullName == null ? new String[] {"someone", "something"} : fullName.split("/");
    return new Repo(
        id,
        fullName,
        parts[0],
        parts[1],
        "https://github.com/" + fullName,
        "A repository about " + parts[1],
        stars,
        stars / 10,
        3,
        "Python",
        List.of("machine-learning", "pytorch"),
        "MIT",
        "https://" + parts[1] + ".example.org",
        Instant.parse("2018-11-10T12:00:00Z"),
        Instant.parse("2018-11-29T23:59:59Z"),
        false,
        false,
        fetchedAt);
  }

  static RedditThread thread(String id, String title, int score, Instant fetchedAt) {
    return new RedditThread(
        id,
        "MachineLearning",
        title,
        "someone",
        score,
        score / 4,
        0.97,
        Instant.parse("2018-11-20T15:30:00Z"),
        "https://www.reddit.com/r/MachineLearning/comments/" + id + "/a_title/",
        "https://arxiv.org/abs/1811.00001",
        "Research",
        false,
        "",
        false,
        false,
        false,
        false,
        fetchedAt);
  }

  static SourceResult<Repo> github(List<Repo> repos) {
    return new SourceResult<>(
        repos, SourceReports.github(4, repos.size() + 2, repos.size(), List.of()));
  }

  static SourceResult<RedditThread> reddit(List<RedditThread> threads) {
    return new SourceResult<>(
        threads,
        SourceReports.subreddit("MachineLearning", 2, threads.size(), threads.size(), List.of()));
  }
}
