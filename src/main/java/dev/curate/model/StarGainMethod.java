package dev.curate.model;

import java.util.Locale;

/**
 * How a month's stars gained were measured, best first (issue 4's fallback order, with issue 13's
 * events between the API's methods and the snapshots).
 *
 * <ul>
 *   <li>{@code HISTORY}: GitHub's {@code /stargazers/history}, daily counts of stars that still
 *       exist
 *   <li>{@code STARGAZERS}: the {@code starred_at} stargazer list (admins and collaborators only)
 *   <li>{@code EVENTS}: the stars given in the month as GH Archive recorded them (one {@code
 *       WatchEvent} per star given); stars removed since are not subtracted, and from mid-2025 GH
 *       Archive lost most of them, so a later month's figure is a lower bound
 *   <li>{@code SNAPSHOTS}: the difference between star counts this workspace saw at two fetches
 * </ul>
 */
public enum StarGainMethod {
  HISTORY,
  STARGAZERS,
  EVENTS,
  SNAPSHOTS;

  /**
   * What {@code rank --json} prints and the store keeps: {@code history}, {@code stargazers},
   * {@code events}, {@code snapshots}.
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StarGainMethod fromSlug(String slug) {
    return valueOf(slug.toUpperCase(Locale.ROOT));
  }
}
