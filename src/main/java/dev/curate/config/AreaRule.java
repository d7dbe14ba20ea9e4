package dev.curate.config;

import java.util.List;

/**
 * One area a repository can be filed under (see docs/scoring.md, "Areas").
 *
 * @param slug lowercase words joined by hyphens, as {@code rank --json} prints it ({@code nlp})
 * @param name what an editor reads ({@code Natural language processing})
 * @param topics GitHub topics that put a repository here, matched exactly (they beat keywords)
 * @param keywords words or phrases looked for in the name, the description and the README
 */
public record AreaRule(String slug, String name, List<String> topics, List<String> keywords) {
  public AreaRule {
    topics = ConfigLists.copy(topics);
    keywords = ConfigLists.copy(keywords);
  }
}
