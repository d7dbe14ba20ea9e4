package dev.curate.github;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's {@code Link} header says about its neighbours. GitHub asks clients to follow it
 * rather than build page URLs ("use the link header instead"), but a search that must jump to a
 * page far away can only name it by number: the numbers come from {@code rel="last"}.
 *
 * <p>The number is GitHub's to give, so it is not trusted to fit an {@code int}: one beyond that
 * range means "more pages than anyone will read" and is kept as {@link Integer#MAX_VALUE} (every
 * caller caps it at the last page its endpoint serves); page 0 names no page at all.
 */
record LinkHeader(boolean hasNext, OptionalInt last) {
  private static final Pattern LAST =
      Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>\\s*;\\s*rel=\"last\"");
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");

  static LinkHeader parse(String header) {
    if (header == null || header.isBlank()) {
      return new LinkHeader(false, OptionalInt.empty());
    }
    Matcher last = LAST.matcher(header);
    return new LinkHeader(
        header.contains("rel=\"next\""), last.find() ? page(last.group(1)) : OptionalInt.empty());
  }

  /**
   * The URL GitHub names {@code rel="next"}, as written: the next page of a search is read from it.
   */
  static Optional<String> next(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher next = NEXT.matcher(header);
    return next.find() ? Optional.of(next.group(1).trim()) : Optional.empty();
  }

  private static OptionalInt page(String digits) {
    String significant = digits.replaceFirst("^0+", "");
    if (significant.isEmpty()) {
      return OptionalInt.empty();
    }
    // Ten digits or more may not fit in an int; Long would overflow in turn past 19.
    if (significant.length() > 9
        && (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE)) {
      return OptionalInt.of(Integer.MAX_VALUE);
    }
    return OptionalInt.of(Integer.parseInt(significant));
  }
}
