package dev.curate.enrich;

import dev.curate.model.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The top comments of a thread worth quoting, as short excerpts. The order is the caller's (fetch
 * with {@code sort=top}: Reddit's order is the one readers see); stickied comments, AutoModerator's
 * notices and comments taken down ({@code [deleted]}, {@code [removed]} are the texts Reddit leaves
 * in their place) are skipped, and so is a comment with no words left once its Markdown is stripped
 * (an image, a lone link to nothing).
 */
public final class CommentExcerpts {
  /**
   * The seed quotes the comments as the reason to read a thread; three is a glance, not a digest.
   */
  public static final int MAX = 3;

  /** Shorter than a self-text excerpt: several of them sit under one entry. */
  public static final int LIMIT = 200;

  private static final Set<String> GONE = Set.of("[deleted]", "[removed]");
  private static final String AUTOMODERATOR = "AutoModerator";

  private CommentExcerpts() {}

  /** Up to {@value #MAX} excerpts. */
  public static List<CommentExcerpt> top(List<Comment> comments) {
    return top(comments, MAX);
  }

  /**
   * @param max how many, 1 to {@value #MAX}
   */
  public static List<CommentExcerpt> top(List<Comment> comments, int max) {
    if (max < 1 || max > MAX) {
      throw new IllegalArgumentException("between 1 and " + MAX + " comments, not " + max);
    }
    List<CommentExcerpt> picked = new ArrayList<>();
    for (Comment c : comments) {
      if (picked.size() == max) {
        break;
      }
      if (c == null
          || c.stickied()
          || c.body() == null
          || GONE.contains(c.body().strip())
          || AUTOMODERATOR.equalsIgnoreCase(c.author())) {
        continue;
      }
      String text = Excerpt.of(c.body(), LIMIT);
      if (!text.isEmpty()) {
        picked.add(new CommentExcerpt(author(c.author()), c.score(), text));
      }
    }
    return List.copyOf(picked);
  }

  private static String author(String name) {
    String clean = PlainText.singleLineOrNull(name);
    return clean == null || GONE.contains(clean) ? null : clean;
  }
}
