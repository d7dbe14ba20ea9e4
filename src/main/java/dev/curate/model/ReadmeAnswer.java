package dev.curate.model;

/**
 * What GitHub answered when asked for a repository's README: the README, the fact that there is
 * none, or something that is not a README (an HTML page, JSON of another shape, content that does
 * not decode), which is skipped and counted rather than kept as the README.
 */
public sealed interface ReadmeAnswer {
  record Found(Readme readme) implements ReadmeAnswer {}

  record Absent() implements ReadmeAnswer {}

  /**
   * @param reason one line, for the fetch's warning
   */
  record Unusable(String reason) implements ReadmeAnswer {}
}
