package dev.curate.reddit.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.http.ResponseText;
import java.math.BigDecimal;

/**
 * A post that cannot become a thread because one of its values is missing or absurd: no id, no
 * {@code created_utc}, a {@code created_utc} of {@code 1e300} (no date at all), a score beyond any
 * integer, a negative comment count, a ratio outside [0, 1]. Such a post is skipped and counted,
 * with its id in a warning ({@link SkippedPosts}); the rest of its listing, archive page, {@code
 * /api/info} answer or dump is kept. Checked, so that every place that reads posts decides what
 * skipping means there.
 *
 * @param id the post's id as the answer gave it, or null when it gave none
 * @param problem what is wrong, naming the field, e.g. {@code created_utc 1E+300 is no date}
 */
public final class UnusablePost extends Exception {
  private static final long serialVersionUID = 1L;

  /** Enough of a value to recognise it; a hostile answer may send megabytes in one field. */
  private static final int SHOWN = 24;

  private final String id;
  private final String problem;

  UnusablePost(String id, String problem) {
    super(problem, null, false, false);
    this.id = id;
    this.problem = problem;
  }

  public String id() {
    return id;
  }

  public String problem() {
    return problem;
  }

  /** {@code 9ysmtn (created_utc 1E+300 is no date)}, or {@code a post without an id (...)}. */
  public String describe() {
    return (id == null ? "a post without an id" : shown(id)) + " (" + problem + ")";
  }

  /** A value cut to a few characters, on one line, without control characters. */
  static String shown(Object value) {
    String text =
        value instanceof BigDecimal d && d.precision() - d.scale() <= 20
            ? d.toPlainString()
            : value instanceof JsonNode n && n.isBigDecimal()
                ? shown(n.decimalValue())
                : String.valueOf(value);
    return ResponseText.preview(text, SHOWN);
  }
}
