package dev.curate.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether a fetch counted the month's lone stargazers (issue 17; docs/scoring.md, "Bought stars"),
 * the {@code loneStargazers} object of {@code rank --json}'s {@code coverage.github.events}.
 *
 * @param status whether they were counted, and if not why
 * @param asked the candidates asked for (at most {@code starBurst.loneStargazers.ask}); 0 when none
 *     had the stars gained to reach {@code minStargazers}, or nothing was asked
 * @param counted the candidates of those with a star event in the month, whose count was kept
 */
public record LoneStargazersCoverage(Status status, int asked, int counted) {
  /** Whether the lone stargazers were counted. */
  public enum Status {
    /** ClickHouse answered: {@code counted} of {@code asked} have a count. */
    COUNTED,
    /**
     * Not asked: GH Archive's hour files ({@code --gharchive}) cannot tell them, or, from
     * ClickHouse, {@code starBurst.loneStargazers.ask} is 0 (V11's CHECK keeps the statuses to
     * these four, so the setting shares this one; the engine tells which).
     */
    UNAVAILABLE,
    /** The query failed under {@code auto} (a warning says why); the signal is unknown. */
    FAILED,
    /**
     * Not asked: the month is outside {@code github.events.soundFrom..soundTo}, where GH Archive
     * lost most star events, so a stargazer's other stars would be missing and read as lone.
     */
    UNSOUND;

    /** As the store keeps it and {@code rank --json} prints it. */
    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromSlug(String slug) {
      for (Status status : values()) {
        if (status.slug().equals(slug)) {
          return status;
        }
      }
      throw new IllegalArgumentException("no lone stargazers status '" + slug + "'");
    }
  }

  /** Hour files, or {@code ask: 0}: not available. */
  public static final LoneStargazersCoverage UNAVAILABLE =
      new LoneStargazersCoverage(Status.UNAVAILABLE, 0, 0);

  /** A month GH Archive did not record soundly: not asked. */
  public static final LoneStargazersCoverage UNSOUND =
      new LoneStargazersCoverage(Status.UNSOUND, 0, 0);

  public LoneStargazersCoverage {
    Objects.requireNonNull(status, "status");
    if (asked < 0 || counted < 0 || counted > asked) {
      throw new IllegalArgumentException(
          "counted must be between 0 and the " + asked + " asked, got " + counted);
    }
  }
}
