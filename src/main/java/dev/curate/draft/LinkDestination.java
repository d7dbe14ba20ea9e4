package dev.curate.draft;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a URL from the APIs into a safe Markdown link destination, or refuses it. Only http and
 * https are linked: a {@code javascript:} or {@code data:} homepage must never become a clickable
 * link in a published article. Characters that would end or confuse an unbracketed destination
 * (spaces, parentheses, angle brackets, backslashes, quotes) are percent-encoded, which leaves the
 * address the same to a browser.
 */
public final class LinkDestination {
  private static final Pattern HTTP = Pattern.compile("(?i)https?://[^/?#\\s]+.*");
  private static final Pattern ENTITY_START = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

  private LinkDestination() {}

  /**
   * The destination to put between {@code (} and {@code )}, or empty when it must not be linked.
   */
  public static Optional<String> of(String url) {
    String clean = UntrustedText.singleLine(url);
    if (!HTTP.matcher(clean).matches()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(clean.length() + 8);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        case '"' -> out.append("%22");
        default -> out.append(c);
      }
    }
    // CommonMark decodes entities inside destinations; "\&" keeps a literal "&amp;" literal.
    return Optional.of(ENTITY_START.matcher(out).replaceAll("\\\\&"));
  }
}
