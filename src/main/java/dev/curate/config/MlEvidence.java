package dev.curate.config;

import java.util.List;

/**
 * What makes a repository machine learning to curate, for candidates found by name only (GH
 * Archive's events): an area ({@code areas}) must file it under something other than {@code other},
 * and at least one of these must be among what it says of itself. Area keywords such as "library",
 * "framework", "image", "audio" or "tutorial" are fine for telling ML areas apart, but say nothing
 * about ML on their own: React is "a JavaScript library". See docs/scoring.md, "Only machine
 * learning".
 *
 * @param topics GitHub topics that are evidence, matched exactly ({@code deep-learning})
 * @param keywords words or phrases that are evidence in a repository's name, description or topics
 *     (whole words, ignoring case, as the areas' keywords are matched)
 */
public record MlEvidence(List<String> topics, List<String> keywords) {
  /** No evidence at all: nothing passes for ML. */
  public static final MlEvidence NONE = new MlEvidence(List.of(), List.of());

  public MlEvidence {
    topics = ConfigLists.copy(topics);
    keywords = ConfigLists.copy(keywords);
  }
}
