package dev.curate.model;

import java.time.Instant;

/**
 * A thread's score and comment count from two places: as an archive collected them, and as
 * Reddit gave them when curate asked again. Archived figures are only as recent as the archive's
 * copy; Reddit's are current but need Reddit to answer.
 *
 * @param archivedAt when the archive collected its copy ({@code retrieved_on}), null if unknown
 * @param refreshedScore null when Reddit was not asked or did not answer for this thread
 */
public record ThreadFigures(
    String threadId,
    Integer archivedScore,
    Integer archivedComments,
    Instant archivedAt,
    Integer refreshedScore,
    Integer refreshedComments,
    Instant refreshedAt) {

  public boolean refreshed() {
    return refreshedScore != null;
  }
}
