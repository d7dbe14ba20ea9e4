package dev.curate.reddit.post;

import dev.curate.model.RedditThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One subreddit's posts as an archive or a dump served them, each mapped to its thread once, as it
 * is added; a post with an unusable value is skipped, for one warning. A dump's reader adds each
 * post as it parses it, in the time it would otherwise wait for decompressed chunks: mapped after
 * the read instead, the 7,708 posts of scripts/bench-fetch-dump's month cost 50-70 ms (about 7 µs a
 * post) after the dump's last byte, on the fetch's critical path.
 */
public final class ArchivedPosts {
  /** A post as the archive or dump has it, and the thread it maps to. */
  public record Archived(Post post, RedditThread thread) {}

  private final ThreadMapper mapper = new ThreadMapper();
  private final String subreddit;
  private final Instant fetchedAt;
  private final List<Archived> archived = new ArrayList<>();
  private final List<UnusablePost> skipped = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /**
   * @param subreddit the configured name, for a post that names none
   * @param fetchedAt when the posts were read: every thread's {@code fetched_at}
   */
  public ArchivedPosts(String subreddit, Instant fetchedAt) {
    this.subreddit = subreddit;
    this.fetchedAt = fetchedAt;
  }

  /** All of {@code posts}, in order. */
  public static ArchivedPosts of(List<Post> posts, String subreddit, Instant fetchedAt) {
    ArchivedPosts read = new ArchivedPosts(subreddit, fetchedAt);
    posts.forEach(read::add);
    return read;
  }

  /**
   * Maps {@code post}, unless a post with its id was added before: a post found in two dumps is
   * kept once, as the first one had it, and mapped once.
   */
  public void add(Post post) {
    if (post.id() != null && !ids.add(post.id())) {
      return;
    }
    try {
      archived.add(new Archived(post, mapper.map(post, subreddit, fetchedAt)));
    } catch (UnusablePost e) {
      skipped.add(e);
    }
  }

  /** The posts that map to threads, in the order they were added. */
  public List<Archived> archived() {
    return Collections.unmodifiableList(archived);
  }

  /**
   * The posts skipped because a value in them is unusable ({@link SkippedPosts} tells them), in the
   * order they were added.
   */
  public List<UnusablePost> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  /** The posts added, skipped ones included. */
  public int count() {
    return archived.size() + skipped.size();
  }
}
