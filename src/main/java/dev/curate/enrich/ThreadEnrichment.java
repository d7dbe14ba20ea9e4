package dev.curate.enrich;

import dev.curate.model.Comment;
import java.util.List;

/**
 * What a thread's comments add to its entry in the draft. Its presence also tells the draft that
 * the thread was looked at beyond the listing, and to show the linked page's domain.
 *
 * @param comments the excerpts to quote, best first; may be empty
 */
public record ThreadEnrichment(List<CommentExcerpt> comments) {
  public static final ThreadEnrichment NONE = new ThreadEnrichment(List.of());

  public ThreadEnrichment {
    comments = List.copyOf(comments);
  }

  /**
   * The top {@value CommentExcerpts#MAX} comments worth quoting, in the given (Reddit's top) order.
   */
  public static ThreadEnrichment of(List<Comment> comments) {
    return new ThreadEnrichment(CommentExcerpts.top(comments));
  }
}
