package dev.curate.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What GH Archive's star events gave a month's GitHub candidates: the {@code events} object of
 * {@code rank --json}'s {@code coverage.github}, a contract other tools read.
 *
 * @param engine where the events were counted
 * @param endpoint the ClickHouse server, host (and port) only; or the folder of the hour files (or
 *     how many folders)
 * @param lastEventAt the latest star event the engine held (the table's, or the files'); null when
 *     none was read
 * @param counted repositories the events counted for the month (the top {@code github.events.top})
 * @param lookedUp names looked up on GitHub ({@code GET /repos/{owner}/{repo}}), found or not
 * @param keptAsMl repositories found by name that the ML filter kept as candidates
 * @param renamed names that answered under another name (renamed or transferred since)
 * @param gone names GitHub no longer serves (deleted or private), or that now name a repository
 *     created after the month
 * @param missingHours hours of the month without a readable hour file; null for ClickHouse, whose
 *     table cannot say which hours it lacks
 * @param lowerBound whether the month is outside {@code github.events.soundFrom..soundTo}: GH
 *     Archive lost most star events from mid-2025, so the counts are lower bounds
 * @param loneStargazers whether the month's lone stargazers were counted; null when not known (a
 *     fetch before they were asked)
 */
public record EventsCoverage(
    Engine engine,
    String endpoint,
    Instant lastEventAt,
    int counted,
    int lookedUp,
    int keptAsMl,
    int renamed,
    int gone,
    Integer missingHours,
    boolean lowerBound,
    LoneStargazersCoverage loneStargazers) {

  /** Where the events were counted. */
  public enum Engine {
    /** A ClickHouse server's {@code github_events} table, over its HTTP interface. */
    CLICKHOUSE,
    /** GH Archive's hour files, read in-process ({@code fetch --gharchive}). */
    GHARCHIVE;

    /** As the store keeps it and {@code rank --json} prints it. */
    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Engine fromSlug(String slug) {
      for (Engine engine : values()) {
        if (engine.slug().equals(slug)) {
          return engine;
        }
      }
      throw new IllegalArgumentException("no events engine '" + slug + "'");
    }
  }

  public EventsCoverage {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /** The same coverage, saying whether the month's lone stargazers were counted. */
  public EventsCoverage withLoneStargazers(LoneStargazersCoverage lone) {
    return new EventsCoverage(
        engine,
        endpoint,
        lastEventAt,
        counted,
        lookedUp,
        keptAsMl,
        renamed,
        gone,
        missingHours,
        lowerBound,
        lone);
  }
}
