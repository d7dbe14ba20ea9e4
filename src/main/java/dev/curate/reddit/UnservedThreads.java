package dev.curate.reddit;

import dev.curate.enrich.Excerpt;
import dev.curate.enrich.PlainText;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning that names the archived threads Reddit no longer serves ({@code /api/info} left them
 * out). They are kept, with the archive's figures, and the month's most commented thread may be
 * among them: "297 refreshed" alone would let its stale figures pass for current ones.
 */
final class UnservedThreads {
  /** Threads named in the warning; beyond these, counted. */
  static final int NAMED = 10;

  private static final int TITLE = 60;

  private UnservedThreads() {}

  /**
   * e.g. {@code r/MachineLearning: Reddit no longer serves 1 thread of 2018-11 (left out of its
   * /api/info answer); kept with the archive's figures and flagged not-refreshed: 9v1x7k "[R] Large
   * scale GAN training…" (3,412 comments, 2,310 upvotes as archived)}, most commented first; empty
   * when there are none.
   */
  static Optional<String> warning(
      String subreddit, CalendarMonth month, List<RedditThread> unserved) {
    if (unserved.isEmpty()) {
      return Optional.empty();
    }
    String named =
        unserved.stream()
            .sorted(
                Comparator.comparing((RedditThread t) -> t.comments() == null ? -1 : t.comments())
                    .reversed()
                    .thenComparing(RedditThread::id))
            .limit(NAMED)
            .map(
                t ->
                    t.id()
                        + " \""
                        + Excerpt.cut(PlainText.singleLine(t.title()), TITLE)
                        + "\" ("
                        + figure(t.comments(), "comments")
                        + ", "
                        + figure(t.score(), "upvotes")
                        + " as archived)")
            .collect(Collectors.joining("; "));
    int more = unserved.size() - NAMED;
    return Optional.of(
        "r/"
            + subreddit
            + ": Reddit no longer serves "
            + unserved.size()
            + (unserved.size() == 1 ? " thread of " : " threads of ")
            + month
            + " (left out of its /api/info answer);"
            + " kept with the archive's figures and flagged not-refreshed: "
            + named
            + (more > 0 ? "; and " + more + " more" : ""));
  }

  private static String figure(Integer n, String noun) {
    return n == null ? noun + " unknown" : String.format(Locale.ROOT, "%,d %s", n, noun);
  }
}
