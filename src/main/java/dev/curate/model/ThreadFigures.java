package dev.curate.model;

import java.time.Instant;

/**
 * A thread's score and comment count from two places: as an archive collected them, and as Reddit
 * gave them when curate asked again. Archived figures are only as recent as the archive's copy;
 * Reddit's are current but need Reddit to answer.
 *
 * @param archivedAt when the archive collected its copy ({@code retrieved_on}), null if unknown
 * @param refreshedScore null when Reddit was not asked or did not answer for this thread
 * @param refreshedAt when Reddit gave the refreshed figures; null when it gave none
 * @param unservedAt when Reddit was asked about the thread and left it out of its answer: it no
 *     longer serves it. Null when Reddit answered for it, or was not asked
 */
public record ThreadFigures(
    String threadId,
    Integer archivedScore,
    Integer archivedComments,
    Instant archivedAt,
    Integer refreshedScore,
    Integer refreshedComments,
    Instant refreshedAt,
    Instant unservedAt) {

  /** Reddit gave current figures; otherwise ranking and the draft use the archive's. */
  public boolean refreshed() {
    return refreshedAt != null;
  }

  /** Reddit no longer serves the thread: the archive's figures are all there will be. */
  public boolean unserved() {
    return unservedAt != null;
  }
}
