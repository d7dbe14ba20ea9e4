package dev.curate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A published issue of the series ({@code curate publish}).
 *
 * @param url its public address, or null when the editor did not give one
 * @param featured the keys of the candidates it featured (its shortlist when published)
 */
public record Publication(
    CalendarMonth month, String url, Instant publishedAt, List<String> featured) {
  public Publication {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(publishedAt, "publishedAt");
    featured = List.copyOf(featured);
  }
}
