package dev.curate.testing;

import dev.curate.model.RedditThread;
import java.time.Instant;

/**
 * A {@link RedditThread} for a test, which names the fields it is about. The rest are those of a
 * plain self post on r/MachineLearning in mid-November 2018 that Reddit still serves: the title
 * follows from the id, the permalink from the subreddit and id, and the url (a self post links to
 * itself) from the permalink, unless the test sets them.
 */
public final class ThreadBuilder {
  public static final Instant MID_NOVEMBER = RepoBuilder.MID_NOVEMBER;
  public static final Instant FETCHED = RepoBuilder.FETCHED;

  private String id;
  private String subreddit = "MachineLearning";
  private String title;
  private boolean titleSet;
  private String author = "someone";
  private Integer score = 10;
  private Integer comments = 10;
  private Double upvoteRatio = 0.9;
  private Instant createdAt = MID_NOVEMBER;
  private String permalink;
  private boolean permalinkSet;
  private String url;
  private boolean urlSet;
  private String flair;
  private boolean isSelf = true;
  private String selftext = "Some text.";
  private boolean over18;
  private boolean stickied;
  private boolean removed;
  private boolean deleted;
  private Instant fetchedAt = FETCHED;

  private ThreadBuilder(String id) {
    this.id = id;
  }

  /**
   * @param id the bare base36 id, as {@link RedditThread#id()}
   */
  public static ThreadBuilder thread(String id) {
    return new ThreadBuilder(id);
  }

  /** Every field as {@code thread} has it, for a test that changes a few. */
  public static ThreadBuilder from(RedditThread thread) {
    return new ThreadBuilder(thread.id())
        .subreddit(thread.subreddit())
        .title(thread.title())
        .author(thread.author())
        .score(thread.score())
        .comments(thread.comments())
        .upvoteRatio(thread.upvoteRatio())
        .createdAt(thread.createdAt())
        .permalink(thread.permalink())
        .url(thread.url())
        .flair(thread.flair())
        .isSelf(thread.isSelf())
        .selftext(thread.selftext())
        .over18(thread.over18())
        .stickied(thread.stickied())
        .removed(thread.removed())
        .deleted(thread.deleted())
        .fetchedAt(thread.fetchedAt());
  }

  public ThreadBuilder id(String id) {
    this.id = id;
    return this;
  }

  public ThreadBuilder subreddit(String subreddit) {
    this.subreddit = subreddit;
    return this;
  }

  public ThreadBuilder title(String title) {
    this.title = title;
    this.titleSet = true;
    return this;
  }

  public ThreadBuilder author(String author) {
    this.author = author;
    return this;
  }

  /** Null: the answer did not carry it. */
  public ThreadBuilder score(Integer score) {
    this.score = score;
    return this;
  }

  /** Null: the answer did not carry it. */
  public ThreadBuilder comments(Integer comments) {
    this.comments = comments;
    return this;
  }

  /** Null: the answer did not carry it. */
  public ThreadBuilder upvoteRatio(Double upvoteRatio) {
    this.upvoteRatio = upvoteRatio;
    return this;
  }

  public ThreadBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public ThreadBuilder createdAt(String createdAt) {
    return createdAt(Instant.parse(createdAt));
  }

  public ThreadBuilder permalink(String permalink) {
    this.permalink = permalink;
    this.permalinkSet = true;
    return this;
  }

  public ThreadBuilder url(String url) {
    this.url = url;
    this.urlSet = true;
    return this;
  }

  /** A link post to {@code url}, with no self text. */
  public ThreadBuilder linkTo(String url) {
    return isSelf(false).selftext("").url(url);
  }

  public ThreadBuilder flair(String flair) {
    this.flair = flair;
    return this;
  }

  public ThreadBuilder isSelf(boolean isSelf) {
    this.isSelf = isSelf;
    return this;
  }

  public ThreadBuilder selftext(String selftext) {
    this.selftext = selftext;
    return this;
  }

  public ThreadBuilder over18(boolean over18) {
    this.over18 = over18;
    return this;
  }

  public ThreadBuilder stickied(boolean stickied) {
    this.stickied = stickied;
    return this;
  }

  public ThreadBuilder removed(boolean removed) {
    this.removed = removed;
    return this;
  }

  public ThreadBuilder deleted(boolean deleted) {
    this.deleted = deleted;
    return this;
  }

  public ThreadBuilder fetchedAt(Instant fetchedAt) {
    this.fetchedAt = fetchedAt;
    return this;
  }

  public RedditThread build() {
    String builtPermalink =
        permalinkSet
            ? permalink
            : "https://www.reddit.com/r/" + subreddit + "/comments/" + id + "/thread/";
    return new RedditThread(
        id,
        subreddit,
        titleSet ? title : "Thread " + id,
        author,
        score,
        comments,
        upvoteRatio,
        createdAt,
        builtPermalink,
        urlSet ? url : builtPermalink,
        flair,
        isSelf,
        selftext,
        over18,
        stickied,
        removed,
        deleted,
        fetchedAt);
  }
}
