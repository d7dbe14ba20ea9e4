package dev.curate.rank;

/** What became of a candidate. */
public enum Outcome {
  /** On the shortlist because the editor picked it. */
  PICKED,
  /** On the shortlist on its score. */
  SELECTED,
  /** Not on the shortlist; the explanation's reasons say why. */
  PASSED_OVER
}
