package dev.curate.model;

import java.util.Locale;

/**
 * How a month's stars gained were measured, best first (issue 4's fallback order).
 *
 * <ul>
 *   <li>{@code HISTORY}: GitHub's {@code /stargazers/history}, daily counts of stars that still
 *       exist
 *   <li>{@code STARGAZERS}: the {@code starred_at} stargazer list (admins and collaborators only)
 *   <li>{@code SNAPSHOTS}: the difference between star counts this workspace saw at two fetches
 * </ul>
 */
public enum StarGainMethod {
  HISTORY,
  STARGAZERS,
  SNAPSHOTS;

  /**
   * What {@code rank --json} prints and the store keeps: {@code history}, {@code stargazers},
   * {@code snapshots}.
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StarGainMethod fromSlug(String slug) {
    return valueOf(slug.toUpperCase(Locale.ROOT));
  }
}
