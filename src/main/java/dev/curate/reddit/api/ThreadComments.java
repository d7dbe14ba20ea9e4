package dev.curate.reddit.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ApiException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.Comment;
import java.time.Clock;
import java.util.List;

/**
 * A thread's top-level comments, best first, for the draft's excerpts: one request per thread on
 * the same client stack as the listings (public or OAuth, paced, retried).
 *
 * <p>Reddit answers {@code /comments/{id}} with an array of two listings: the submission ({@code
 * t3}), then its comments ({@code t1}, with a {@code more} child standing for those not sent). Only
 * the {@code t1} children are read; which are worth quoting (not stickied, not deleted) is {@link
 * dev.curate.enrich.CommentExcerpts}'s decision.
 */
public final class ThreadComments {
  /** More than the three quoted: stickied, deleted and AutoModerator comments are skipped later. */
  static final int LIMIT = 10;

  private final RedditClient client;

  public ThreadComments(
      Endpoints endpoints, RedditCredentials credentials, HttpStack http, Clock clock) {
    this.client = RedditClient.connect(endpoints, credentials, http, clock, new HttpStats());
  }

  public List<Comment> top(String threadId) {
    Page[] pages = client.comments(threadId, LIMIT);
    if (pages == null
        || pages.length < 2
        || pages[1] == null
        || pages[1].data() == null
        || pages[1].data().children() == null) {
      throw new ApiException("expected two listings from Reddit's comments of thread " + threadId);
    }
    return pages[1].data().children().stream()
        .filter(child -> "t1".equals(child.kind()) && child.data() != null)
        .map(
            child ->
                new Comment(
                    child.data().author(),
                    child.data().body(),
                    child.data().score(),
                    child.data().stickied()))
        .toList();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(String kind, Data data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(List<Child> children) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Child(String kind, CommentData data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CommentData(String author, String body, Integer score, boolean stickied) {}
}
