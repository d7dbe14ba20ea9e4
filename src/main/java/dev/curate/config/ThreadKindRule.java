package dev.curate.config;

import java.util.List;

/**
 * One kind of Reddit thread (see docs/scoring.md, "Thread kinds").
 *
 * @param slug lowercase words joined by hyphens ({@code discussion})
 * @param name what an editor reads ({@code Discussion})
 * @param tags title tags without their brackets: {@code D} matches a title with {@code [D]}
 * @param flairs link flair texts, compared ignoring case, punctuation and emoji
 */
public record ThreadKindRule(String slug, String name, List<String> tags, List<String> flairs) {
  public ThreadKindRule {
    tags = ConfigLists.copy(tags);
    flairs = ConfigLists.copy(flairs);
  }
}
