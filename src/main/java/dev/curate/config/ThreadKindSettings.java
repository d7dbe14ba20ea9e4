package dev.curate.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param rules the kinds, in the order that breaks ties
 * @param subreddits the kind of a thread that neither its flair nor a title tag decides, per
 *     subreddit (name without {@code r/}); {@code other} is allowed, to cancel a default
 */
public record ThreadKindSettings(List<ThreadKindRule> rules, Map<String, String> subreddits) {
  public ThreadKindSettings {
    rules = ConfigLists.copy(rules);
    subreddits =
        subreddits == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(subreddits));
  }
}
