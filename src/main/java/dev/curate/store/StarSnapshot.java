package dev.curate.store;

import dev.curate.model.Repo;
import java.time.Instant;

/** A repository's star count as one fetch saw it: a row of {@code star_snapshot}. */
public record StarSnapshot(Instant takenAt, int stars) {
  /**
   * The snapshot a fetch saving {@code repo} records: at the repository's own fetch time (else the
   * save's), never below zero.
   */
  public static StarSnapshot of(Repo repo, Instant savedAt) {
    return new StarSnapshot(
        repo.fetchedAt() != null ? repo.fetchedAt() : savedAt, Math.max(0, repo.stars()));
  }
}
