package dev.curate.workflow;

import dev.curate.model.Comment;
import java.util.List;

/** Where a thread's top comments come from (Reddit, or a fake in tests). */
@FunctionalInterface
public interface CommentSource {
  /** The thread's top-level comments, best first. */
  List<Comment> top(String threadId);
}
