package dev.curate.workflow;

import dev.curate.github.Lookups;
import java.util.List;

/** Repositories by the names GH Archive's events gave them (GitHub's REST API, or a fake). */
@FunctionalInterface
public interface RepoLookup {
  /**
   * Looks up the first {@code limit} of {@code names}, best first.
   *
   * @throws dev.curate.error.CurateException only when interrupted; other failures are in the
   *     answer ({@link Lookups#stoppedBy()}, {@link Lookups#warnings()})
   */
  Lookups lookUp(List<String> names, int limit);
}
