package dev.curate.workflow;

import dev.curate.github.Lookups;
import java.util.List;

/**
 * Looks repositories up by name on GitHub, for their watchers ({@code subscribers_count}, which
 * only a repository's own answer carries): {@code GitHubSource.lookUp}, or a fake in tests.
 */
@FunctionalInterface
public interface WatcherSource {
  /**
   * @param names {@code owner/name}, most wanted first
   * @param limit how many to look up at most (one request each)
   */
  Lookups lookUp(List<String> names, int limit);
}
