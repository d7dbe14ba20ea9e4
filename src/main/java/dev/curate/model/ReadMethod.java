package dev.curate.model;

import java.util.Locale;

/**
 * How a source read a month.
 *
 * <ul>
 *   <li>{@code SEARCH}: GitHub's repository search
 *   <li>{@code LISTING}: a subreddit's {@code top} listing
 *   <li>{@code ARCHIVE}: the Arctic Shift archive
 *   <li>{@code DUMP}: local Pushshift/Arctic Shift dump files
 * </ul>
 */
public enum ReadMethod {
  SEARCH,
  LISTING,
  ARCHIVE,
  DUMP;

  /**
   * What the store keeps and {@code rank --json} prints: {@code search}, {@code listing}, {@code
   * archive}, {@code dump}.
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReadMethod fromSlug(String slug) {
    return valueOf(slug.toUpperCase(Locale.ROOT));
  }
}
