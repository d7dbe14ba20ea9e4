package dev.curate.rank;

import dev.curate.model.CalendarMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a candidate is not on the shortlist although it may score higher than some that are. {@link
 * #code()} is stable, for {@code --json}; {@link #describe()} is what {@code --explain} prints. The
 * records carry the details, so a caller can phrase them differently.
 */
public sealed interface PassOver {
  String code();

  String describe();

  /**
   * For a reason that keeps a candidate out however the list fills up (ineligible, junk, dropped,
   * featured before), its slug as {@code candidates --json} prints it in {@code excludedBecause};
   * empty for the reasons that only mean the list had no room.
   */
  default Optional<String> exclusion() {
    return Optional.empty();
  }

  /** Never a candidate: ineligible ({@link Eligibility}) or junk ({@code junk} rules). */
  record Excluded(ExclusionReason reason, String detail) implements PassOver {
    public Excluded {
      Objects.requireNonNull(reason, "reason");
      detail = detail == null ? "" : detail;
    }

    public Excluded(ExclusionReason reason) {
      this(reason, "");
    }

    @Override
    public String code() {
      return "excluded";
    }

    @Override
    public String describe() {
      return "excluded: " + reason.label() + (detail.isEmpty() ? "" : " ('" + detail + "')");
    }

    @Override
    public Optional<String> exclusion() {
      return Optional.of(reason.slug());
    }
  }

  /** {@code curate drop ID}. */
  record DroppedByEditor() implements PassOver {
    @Override
    public String code() {
      return "dropped";
    }

    @Override
    public String describe() {
      return "dropped by the editor";
    }

    @Override
    public Optional<String> exclusion() {
      return Optional.of("dropped");
    }
  }

  /** On the shortlist of an earlier month, and repeats are not allowed. */
  record FeaturedBefore(CalendarMonth month) implements PassOver {
    @Override
    public String code() {
      return "featured";
    }

    @Override
    public String describe() {
      return "featured in " + month;
    }

    @Override
    public Optional<String> exclusion() {
      return Optional.of("featured:" + month);
    }
  }

  /** Its owner already has as many repositories on the list as {@code diversity.maxPerOwner}. */
  record SameOwner(String owner, List<String> taken) implements PassOver {
    public SameOwner {
      taken = List.copyOf(taken);
    }

    @Override
    public String code() {
      return "same-owner";
    }

    @Override
    public String describe() {
      return "same owner as " + String.join(", ", taken);
    }
  }

  /** Its area already has {@code diversity.maxPerArea} repositories on the list. */
  record AreaFull(String area, int cap) implements PassOver {
    @Override
    public String code() {
      return "area-full";
    }

    @Override
    public String describe() {
      return "area " + area + " full (" + cap + ")";
    }
  }

  /**
   * Flagged ({@code star-burst}: its stars look bought) and so passed over, as an editor would do;
   * it stays a candidate, and a pick brings it in.
   *
   * @param flag the flag as the ranking words it, e.g. {@code star-burst: 4,200 stars, 6 forks, 92%
   *     of the month's stars in 2 days; ...}
   */
  record Flagged(String flag) implements PassOver {
    public Flagged {
      Objects.requireNonNull(flag, "flag");
    }

    @Override
    public String code() {
      return "flagged";
    }

    @Override
    public String describe() {
      return flag;
    }
  }

  /** The list had its size before this candidate's turn came. */
  record ShortlistFull(int size) implements PassOver {
    @Override
    public String code() {
      return "shortlist-full";
    }

    @Override
    public String describe() {
      return "shortlist full (" + size + ")";
    }
  }
}
