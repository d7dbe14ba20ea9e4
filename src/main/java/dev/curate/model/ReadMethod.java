package dev.curate.model;

/**
 * How a source read a month.
 *
 * <ul>
 *   <li>{@code SEARCH}: GitHub's repository search
 *   <li>{@code EVENTS}: GH Archive's star events (on ClickHouse or in hour files), the repositories
 *       they name looked up on GitHub
 *   <li>{@code SEARCH_AND_EVENTS}: both, merged into one set of candidates
 *   <li>{@code LISTING}: a subreddit's {@code top} listing
 *   <li>{@code ARCHIVE}: the Arctic Shift archive
 *   <li>{@code DUMP}: local Pushshift/Arctic Shift dump files
 * </ul>
 */
public enum ReadMethod {
  SEARCH("search"),
  EVENTS("events"),
  SEARCH_AND_EVENTS("search+events"),
  LISTING("listing"),
  ARCHIVE("archive"),
  DUMP("dump");

  private final String slug;

  ReadMethod(String slug) {
    this.slug = slug;
  }

  /**
   * What the store keeps and {@code rank --json} prints: {@code search}, {@code events}, {@code
   * search+events}, {@code listing}, {@code archive}, {@code dump}.
   */
  public String slug() {
    return slug;
  }

  public static ReadMethod fromSlug(String slug) {
    for (ReadMethod method : values()) {
      if (method.slug.equals(slug)) {
        return method;
      }
    }
    throw new IllegalArgumentException("no read method '" + slug + "'");
  }
}
