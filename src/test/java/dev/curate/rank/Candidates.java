package dev.curate.rank;

import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.time.Instant;
import java.util.List;

/** Small builders for candidates: only the fields a test cares about vary. */
public final class Candidates {
  public static final Instant FETCHED = Instant.parse("2018-12-01T06:00:00Z");
  public static final Instant MID_NOVEMBER = Instant.parse("2018-11-15T12:00:00Z");

  private Candidates() {}

  public static Repo repo(String fullName, int stars, int forks) {
    return repo(fullName, stars, forks, MID_NOVEMBER, false, false);
  }

  public static Repo repo(
      String fullName, int stars, int forks, Instant createdAt, boolean fork, boolean archived) {
    String[] parts = fullName.split("/", 2);
    return new Repo(
        Math.abs((long) fullName.hashCode()),
        fullName,
        parts[0],
        parts[1],
        "https://github.com/" + fullName,
        "A repository called " + parts[1],
        stars,
        forks,
        0,
        "Python",
        List.of(),
        "MIT",
        null,
        createdAt,
        createdAt,
        fork,
        archived,
        FETCHED);
  }

  /** A repository of the month with the text classification and junk rules read. */
  public static Repo repo(String fullName, int stars, String description, List<String> topics) {
    Repo r = repo(fullName, stars, stars / 10);
    return new Repo(r.id(), r.fullName(), r.owner(), r.name(), r.htmlUrl(), description, r.stars(), r.forks(),
        r.openIssues(), r.language(), topics, r.license(), r.homepage(), r.createdAt(), r.pushedAt(), r.fork(),
        r.archived(), r.fetchedAt());
  }

  /** A thread of mid-November; a null count or score is one the answer left out. */
  public static RedditThread thread(String id, Integer comments, Integer score) {
    return thread(id, comments, score, MID_NOVEMBER, Flags.NONE);
  }

  public static RedditThread thread(String id, Integer comments, Integer score, Instant createdAt, Flags flags) {
    return new RedditThread(
        id,
        "MachineLearning",
        "Thread " + id,
        "someone",
        score,
        comments,
        0.9,
        createdAt,
        "https://www.reddit.com/r/MachineLearning/comments/" + id + "/thread/",
        "https://www.reddit.com/r/MachineLearning/comments/" + id + "/thread/",
        null,
        true,
        "Some text.",
        flags == Flags.NSFW,
        flags == Flags.STICKIED,
        flags == Flags.REMOVED,
        flags == Flags.DELETED,
        FETCHED);
  }

  /** A thread of the month with the fields kind rules read. */
  public static RedditThread thread(String id, String subreddit, String title, String flair, int comments) {
    RedditThread t = thread(id, comments, comments * 2);
    return new RedditThread(t.id(), subreddit, title, t.author(), t.score(), t.comments(), t.upvoteRatio(),
        t.createdAt(), "https://www.reddit.com/r/" + subreddit + "/comments/" + id + "/thread/", t.url(), flair,
        t.isSelf(), t.selftext(), t.over18(), t.stickied(), t.removed(), t.deleted(), t.fetchedAt());
  }

  /** The one moderation state a test thread is in. */
  public enum Flags {
    NONE,
    STICKIED,
    NSFW,
    REMOVED,
    DELETED
  }
}
