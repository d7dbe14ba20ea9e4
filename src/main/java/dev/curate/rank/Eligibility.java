package dev.curate.rank;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which candidates may be ranked for a month. Every reason that applies is reported, not
 * only the first, so that {@code --explain} can tell the whole story about a candidate.
 */
public final class Eligibility {
  private final CalendarMonth month;

  public Eligibility(CalendarMonth month) {
    this.month = Objects.requireNonNull(month, "month");
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
    creation(repo.createdAt(), reasons);
    return List.copyOf(reasons);
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
