package dev.curate.enrich;

/**
 * A thread on the shortlist that is about a repository on the shortlist, so that each entry can
 * point to the other.
 *
 * @param repo the repository's {@code owner/name} as the shortlist spells it
 * @param threadId the thread's base36 id
 * @param paper the paper both cite when {@code reason} is {@link Reason#SAME_PAPER}, else null
 */
public record CrossReference(String repo, String threadId, Reason reason, Paper paper) {

  public enum Reason {
    /** The thread's link or its text points at the repository. */
    LINKS_TO_REPO,
    /** The thread cites a paper the repository's README or description cites. */
    SAME_PAPER
  }
}
