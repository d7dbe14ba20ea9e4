package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.model.Comment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentExcerptsTest {
  private static final Comment RULES = new Comment("mod", "Please read the rules.", 1, true);
  private static final Comment BOT =
      new Comment("AutoModerator", "Your post is under review.", 1, false);
  private static final Comment DELETED = new Comment("[deleted]", "[deleted]", 40, false);
  private static final Comment REMOVED = new Comment("someone", "[removed]", 30, false);

  @Test
  void skipsStickiedBotDeletedAndRemovedComments() {
    List<CommentExcerpt> top =
        CommentExcerpts.top(
            List.of(
                RULES,
                BOT,
                DELETED,
                REMOVED,
                new Comment(
                    "alice",
                    "The **key** point is the [RFC](https://github.com/x/y).",
                    25,
                    false)));

    assertThat(top).containsExactly(new CommentExcerpt("alice", 25, "The key point is the RFC."));
  }

  @Test
  void keepsTheGivenOrderUpToTheLimit() {
    List<Comment> comments =
        List.of(
            new Comment("a", "First.", 9, false),
            new Comment("b", "Second.", 12, false),
            new Comment("c", "Third.", 3, false),
            new Comment("d", "Fourth.", 2, false));

    assertThat(CommentExcerpts.top(comments))
        .extracting(CommentExcerpt::text)
        .containsExactly("First.", "Second.", "Third.");
    assertThat(CommentExcerpts.top(comments, 1))
        .extracting(CommentExcerpt::author)
        .containsExactly("a");
  }

  @Test
  void cutsALongCommentAtASentence() {
    String body =
        "This is the first sentence of a long answer. " + "More words follow here. ".repeat(20);

    String text = CommentExcerpts.top(List.of(new Comment("a", body, 1, false))).get(0).text();

    assertThat(text).endsWith(". …");
    assertThat(text.length()).isLessThanOrEqualTo(CommentExcerpts.LIMIT + 2);
  }

  @Test
  void keepsTheTextOfACommentWhoseAuthorDeletedTheAccount() {
    assertThat(CommentExcerpts.top(List.of(new Comment("[deleted]", "Still here.", 5, false))))
        .containsExactly(new CommentExcerpt(null, 5, "Still here."));
  }

  @Test
  void skipsCommentsWithNoWordsLeft() {
    assertThat(
            CommentExcerpts.top(
                List.of(
                    new Comment("a", "&#x200B;\n\n", 5, false), new Comment("b", null, 1, false))))
        .isEmpty();
  }

  @Test
  void refusesToPickMoreThanThree() {
    assertThatThrownBy(() -> CommentExcerpts.top(List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommentExcerpts.top(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
