package dev.curate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The stars a repository gained inside one month, and how that was measured.
 *
 * @param stars the stars gained, or null when unknown
 * @param method how {@code stars} was measured; null exactly when {@code stars} is
 * @param daily the month's stars per day (index 0 is the 1st), when the method gives days ({@link
 *     StarGainMethod#HISTORY}, {@link StarGainMethod#STARGAZERS}); else empty
 * @param measuredAt when the figure was measured; null when unknown
 */
public record StarGain(
    Integer stars, StarGainMethod method, List<Integer> daily, Instant measuredAt) {
  public static final StarGain UNKNOWN = new StarGain(null, null, List.of(), null);

  public StarGain {
    daily = List.copyOf(daily);
    if ((stars == null) != (method == null)) {
      throw new IllegalArgumentException("a star gain has both a figure and a method, or neither");
    }
  }

  public static StarGain measured(
      int stars, StarGainMethod method, List<Integer> daily, Instant measuredAt) {
    return new StarGain(stars, Objects.requireNonNull(method, "method"), daily, measuredAt);
  }

  public boolean known() {
    return stars != null;
  }
}
