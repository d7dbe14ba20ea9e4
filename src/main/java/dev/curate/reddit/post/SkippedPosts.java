package dev.curate.reddit.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The posts one source left out as unusable ({@link UnusablePost}), told as one warning per source:
 * how many, and which, so that the editor can look them up. One absurd value must cost its post,
 * never its subreddit.
 */
public final class SkippedPosts {
  /** Ids named in the warning; a flood of bad posts is counted, not listed. */
  static final int NAMED = 10;

  private final List<UnusablePost> skipped = new ArrayList<>();

  public void add(UnusablePost post) {
    skipped.add(post);
  }

  public void addAll(List<UnusablePost> posts) {
    skipped.addAll(posts);
  }

  public List<UnusablePost> all() {
    return List.copyOf(skipped);
  }

  public int count() {
    return skipped.size();
  }

  /**
   * e.g. {@code r/MachineLearning: skipped 1 post with an unusable value, the rest are kept: 9v1x7k
   * (created_utc 1E+300 is no date)}; empty when nothing was skipped.
   */
  public Optional<String> warning(String where) {
    return warning(where, "the rest are kept");
  }

  /**
   * As {@link #warning(String)}, saying what skipping meant there instead of "the rest are kept".
   */
  public Optional<String> warning(String where, String outcome) {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    String named =
        skipped.stream().limit(NAMED).map(UnusablePost::describe).collect(Collectors.joining("; "));
    int more = skipped.size() - NAMED;
    return Optional.of(
        where
            + ": skipped "
            + skipped.size()
            + (skipped.size() == 1 ? " post" : " posts")
            + " with an unusable value, "
            + outcome
            + ": "
            + named
            + (more > 0 ? "; and " + more + " more" : ""));
  }
}
