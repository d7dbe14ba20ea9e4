package dev.curate.rank;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of {@code rank --explain}: per kind of candidate, every candidate from the top down to
 * the lowest-scored one on the list, so that each higher-scored candidate that was passed over is
 * shown with its reasons. Each entry shows its score's components and what decided its area or
 * kind.
 *
 * <pre>
 * Repositories: 5 on the list, 12 candidates
 *    1. openai/spinningup  0.9876  reinforcement-learning (name/description: reinforcement learning)
 *         stars 4123 (month's max 4123) -> 1.0000 x 0.8
 *         forks 520 (month's max 600) -> 0.9776 x 0.2
 *         breakout 3.7377 = ln((4100 + 100) / (0 + 100)) (month's max 3.9318) -> 0.9506 x 0.6
 *    -  hanxiao/other  0.9500  nlp (topics: nlp)
 *         passed over: same owner as hanxiao/bert-as-service; area nlp full (2)
 *    -  buyer/stars  0.9400  nlp (topics: nlp)
 *         passed over: star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days; ...
 * </pre>
 */
public final class ExplanationFormatter {
  private static final String NL = "\n";

  public String format(Ranking ranking) {
    return format(ranking, Map.of());
  }

  /**
   * @param extra lines to add under a candidate's first line, by its id (e.g. a repository's stars
   *     per day as a sparkline): what the command line knows how to draw, the ranking does not
   */
  public String format(Ranking ranking, Map<String, String> extra) {
    StringBuilder out = new StringBuilder();
    section(out, "Repositories", ranking.repoExplanations(), extra);
    section(out, "Threads", ranking.threadExplanations(), extra);
    if (!ranking.unmatchedOverrides().isEmpty()) {
      out.append("Editor's overrides for IDs that are no candidate this month: ")
          .append(String.join(", ", ranking.unmatchedOverrides()))
          .append(NL);
    }
    return out.toString();
  }

  private static void section(
      StringBuilder out, String title, List<Explanation> explanations, Map<String, String> extra) {
    long onList = explanations.stream().filter(Explanation::onShortlist).count();
    out.append(title)
        .append(": ")
        .append(onList)
        .append(" on the list, ")
        .append(explanations.size())
        .append(explanations.size() == 1 ? " candidate" : " candidates")
        .append(NL);
    // Down to the lowest-scored candidate on the list, a pick included: everything above it that
    // is not on the list scored higher than something that is, so it must say why.
    int cut =
        explanations.stream()
            .filter(Explanation::onShortlist)
            .mapToInt(Explanation::place)
            .max()
            .orElse(0);
    int hidden = 0;
    for (Explanation e : explanations) {
      if (e.onShortlist() || e.place() < cut) {
        entry(out, e, extra.get(e.id()));
      } else {
        hidden++;
      }
    }
    if (hidden > 0) {
      out.append("   (").append(hidden).append(" more ranked lower, not shown)").append(NL);
    }
  }

  private static void entry(StringBuilder out, Explanation e, String extra) {
    String place =
        e.rank().isPresent() ? String.format(Locale.ROOT, "%3d.", e.rank().getAsInt()) : "  - ";
    out.append("  ")
        .append(place)
        .append(' ')
        .append(e.id())
        .append("  ")
        .append(decimal(e.score()))
        .append("  ")
        .append(e.classification().category().slug())
        .append(" (")
        .append(e.classification().basis())
        .append(')')
        .append(NL);
    if (extra != null) {
      out.append("         ").append(extra).append(NL);
    }
    for (ScoreComponent c : e.components()) {
      if (!c.known()) {
        out.append("         ")
            .append(c.signal())
            .append(" unknown (month's max ")
            .append(number(c.monthMax()))
            .append(") -> counts as 0 x ")
            .append(weight(c.weight()))
            .append(NL);
        continue;
      }
      out.append("         ")
          .append(c.signal())
          .append(' ')
          .append(number(c.value()))
          .append(c.inputs() == null ? "" : " = " + c.inputs())
          .append(" (month's max ")
          .append(number(c.monthMax()))
          .append(") -> ")
          .append(decimal(c.normalised()))
          .append(" x ")
          .append(weight(c.weight()))
          .append(NL);
    }
    for (String flag : e.flags()) {
      // A flag the candidate was passed over for (or picked despite) is said there, once.
      if (e.reasons().stream()
          .noneMatch(r -> r instanceof PassOver.Flagged f && f.flag().equals(flag))) {
        out.append("         flagged ").append(flag).append(NL);
      }
    }
    String reasons = e.reasons().stream().map(PassOver::describe).collect(Collectors.joining("; "));
    if (e.outcome() == Outcome.PASSED_OVER) {
      out.append("         passed over: ").append(reasons).append(NL);
    } else if (e.outcome() == Outcome.PICKED) {
      out.append("         picked by the editor")
          .append(reasons.isEmpty() ? "" : ", overriding: " + reasons)
          .append(NL);
    }
  }

  /** A count as a whole number (stars 100); a signal that is no count (breakout 2.6391) in full. */
  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : decimal(value);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** Weights as written in the config: 0.8, not 0.8000; 2, not 2.0. */
  private static String weight(double w) {
    return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
  }
}
