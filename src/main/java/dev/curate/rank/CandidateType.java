package dev.curate.rank;

/** What a candidate is. */
public enum CandidateType {
  REPO,
  THREAD
}
