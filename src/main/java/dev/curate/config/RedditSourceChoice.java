package dev.curate.config;

/**
 * Where a month's Reddit threads come from ({@code reddit.source}, {@code fetch --reddit-source}):
 * the official top listing, the Arctic Shift archive, or {@code auto}: the listing when it covers
 * the whole month, else the archive. Lower case, as the user writes them.
 */
public enum RedditSourceChoice {
  api,
  archive,
  auto
}
