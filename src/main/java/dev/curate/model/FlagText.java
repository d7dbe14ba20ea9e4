package dev.curate.model;

import java.util.List;
import java.util.Optional;

/**
 * A flag as the ranking words it for the editor, {@code code: details} ({@code star-burst: 4,200
 * stars, 6 forks, 92% of the month's stars in 2 days}), or its bare code, as shortlists saved
 * before the details were kept hold it. Scripts and the table get the code ({@code rank --json}'s
 * {@code flags}); the editor's comment in the draft gets the details.
 */
public final class FlagText {
  private FlagText() {}

  /** {@code star-burst} of {@code star-burst: ...}. */
  public static String code(String flag) {
    int colon = flag.indexOf(':');
    return (colon < 0 ? flag : flag.substring(0, colon)).strip();
  }

  /** What follows the code, if anything. */
  public static Optional<String> details(String flag) {
    int colon = flag.indexOf(':');
    String details = colon < 0 ? "" : flag.substring(colon + 1).strip();
    return details.isEmpty() ? Optional.empty() : Optional.of(details);
  }

  public static List<String> codes(List<String> flags) {
    return flags.stream().map(FlagText::code).toList();
  }
}
