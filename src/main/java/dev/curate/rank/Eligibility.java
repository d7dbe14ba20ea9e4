package dev.curate.rank;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which candidates may be ranked for a month. Every reason that applies is reported, not
 * only the first, so that {@code --explain} can tell the whole story about a candidate.
 */
public final class Eligibility {
  private final CalendarMonth month;
  private final Map<Long, StarGain> starGains;

  public Eligibility(CalendarMonth month) {
    this(month, Map.of());
  }

  /**
   * @param starGains the month's stars gained by repository id: a repository created before the
   *     month is eligible when its gain in the month is known (a trending candidate, which stars
   *     gained decide on); one created in the month is eligible either way
   */
  public Eligibility(CalendarMonth month, Map<Long, StarGain> starGains) {
    this.month = Objects.requireNonNull(month, "month");
    this.starGains = Map.copyOf(starGains);
  }

  /** The reasons to leave this repository out; empty when it may be ranked. */
  public List<ExclusionReason> reasonsToExclude(Repo repo) {
    List<ExclusionReason> reasons = new ArrayList<>();
    if (repo.fork()) {
      reasons.add(ExclusionReason.FORK);
    }
    if (repo.archived()) {
      reasons.add(ExclusionReason.ARCHIVED);
    }
    if (!(createdBeforeMonth(repo)
        && starGains.getOrDefault(repo.id(), StarGain.UNKNOWN).known())) {
      creation(repo.createdAt(), reasons);
    }
    return List.copyOf(reasons);
  }

  private boolean createdBeforeMonth(Repo repo) {
    return repo.createdAt() != null && repo.createdAt().isBefore(month.start());
  }

  /** The reasons to leave this thread out; empty when it may be ranked. */
  public List<ExclusionReason> reasonsToExclude(RedditThread thread) {
    List<ExclusionReason> reasons = new ArrayList<>();
    if (thread.stickied()) {
      reasons.add(ExclusionReason.STICKIED);
    }
    if (thread.over18()) {
      reasons.add(ExclusionReason.NSFW);
    }
    if (thread.removed()) {
      reasons.add(ExclusionReason.REMOVED);
    }
    if (thread.deleted()) {
      reasons.add(ExclusionReason.DELETED);
    }
    creation(thread.createdAt(), reasons);
    return List.copyOf(reasons);
  }

  public boolean isEligible(Repo repo) {
    return reasonsToExclude(repo).isEmpty();
  }

  public boolean isEligible(RedditThread thread) {
    return reasonsToExclude(thread).isEmpty();
  }

  private void creation(Instant createdAt, List<ExclusionReason> reasons) {
    if (createdAt == null) {
      reasons.add(ExclusionReason.CREATION_TIME_UNKNOWN);
    } else if (!month.contains(createdAt)) {
      reasons.add(ExclusionReason.CREATED_OUTSIDE_MONTH);
    }
  }
}
