package dev.curate.config;

import java.util.List;

/**
 * Repositories that are never ranked.
 *
 * @param requireDescriptionOrReadme skip a repository with neither a description nor a README
 * @param blocklist words or phrases that, found in a repository's name or description (whole words,
 *     ignoring case), leave it out
 */
public record JunkSettings(boolean requireDescriptionOrReadme, List<String> blocklist) {
  public JunkSettings {
    blocklist = ConfigLists.copy(blocklist);
  }
}
