package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import dev.curate.testing.ThreadBuilder;
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
    return RepoBuilder.repo(fullName)
        .id(id)
        .owner(parts[0])
        .name(parts[1])
        .description("A repository about " + parts[1])
        .stars(stars)
        .forks(stars / 10)
        .openIssues(3)
        .topics("machine-learning", "pytorch")
        .homepage("https://" + parts[1] + ".example.org")
        .createdAt("2018-11-10T12:00:00Z")
        .pushedAt(Instant.parse("2018-11-29T23:59:59Z"))
        .fetchedAt(fetchedAt)
        .build();
  }

  static RedditThread thread(String id, String title, int score, Instant fetchedAt) {
    return ThreadBuilder.thread(id)
        .title(title)
        .score(score)
        .comments(score / 4)
        .upvoteRatio(0.97)
        .createdAt("2018-11-20T15:30:00Z")
        .permalink("https://www.reddit.com/r/MachineLearning/comments/" + id + "/a_title/")
        .linkTo("https://arxiv.org/abs/1811.00001")
        .flair("Research")
        .fetchedAt(fetchedAt)
        .build();
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
