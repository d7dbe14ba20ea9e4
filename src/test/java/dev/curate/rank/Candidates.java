package dev.curate.rank;

import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.ThreadBuilder;
import java.time.Instant;
import java.util.List;

/** Candidates in the words of the rank tests, on the builders of {@code dev.curate.testing}. */
public final class Candidates {
  public static final Instant FETCHED = RepoBuilder.FETCHED;
  public static final Instant MID_NOVEMBER = RepoBuilder.MID_NOVEMBER;

  private Candidates() {}

  public static Repo repo(String fullName, int stars, int forks) {
    return repo(fullName, stars, forks, MID_NOVEMBER, false, false);
  }

  public static Repo repo(
      String fullName, int stars, int forks, Instant createdAt, boolean fork, boolean archived) {
    return RepoBuilder.repo(fullName)
        .stars(stars)
        .forks(forks)
        .createdAt(createdAt)
        .fork(fork)
        .archived(archived)
        .build();
  }

  /** A repository of the month with the text classification and junk rules read. */
  public static Repo repo(String fullName, int stars, String description, List<String> topics) {
    return RepoBuilder.repo(fullName)
        .stars(stars)
        .forks(stars / 10)
        .description(description)
        .topics(topics)
        .build();
  }

  /** A thread of mid-November; a null count or score is one the answer left out. */
  public static RedditThread thread(String id, Integer comments, Integer score) {
    return thread(id, comments, score, MID_NOVEMBER, Flags.NONE);
  }

  public static RedditThread thread(
      String id, Integer comments, Integer score, Instant createdAt, Flags flags) {
    return ThreadBuilder.thread(id)
        .comments(comments)
        .score(score)
        .createdAt(createdAt)
        .over18(flags == Flags.NSFW)
        .stickied(flags == Flags.STICKIED)
        .removed(flags == Flags.REMOVED)
        .deleted(flags == Flags.DELETED)
        .build();
  }

  /** A thread of the month with the fields kind rules read. */
  public static RedditThread thread(
      String id, String subreddit, String title, String flair, int comments) {
    return ThreadBuilder.thread(id)
        .subreddit(subreddit)
        .title(title)
        .flair(flair)
        .comments(comments)
        .score(comments * 2)
        .build();
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
