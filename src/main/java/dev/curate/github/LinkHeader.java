package dev.curate.github;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's {@code Link} header says about its neighbours. GitHub asks clients to follow it
 * rather than build page URLs ("use the link header instead"), but a search that must jump to a
 * page far away can only name it by number: the numbers come from {@code rel="last"}.
 */
record LinkHeader(boolean hasNext, OptionalInt last) {
  private static final Pattern LAST = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>\\s*;\\s*rel=\"last\"");

  static LinkHeader parse(String header) {
    if (header == null || header.isBlank()) {
      return new LinkHeader(false, OptionalInt.empty());
    }
    Matcher last = LAST.matcher(header);
    return new LinkHeader(header.contains("rel=\"next\""),
        last.find() ? OptionalInt.of(Integer.parseInt(last.group(1))) : OptionalInt.empty());
  }
}
