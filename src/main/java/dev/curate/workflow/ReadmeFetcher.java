package dev.curate.workflow;

import dev.curate.model.Repo;
import java.util.Optional;

/** Where a repository's README comes from (GitHub's REST API, or a fake in tests). */
@FunctionalInterface
public interface ReadmeFetcher {
  /** The README's raw Markdown; empty when the repository has none. */
  Optional<String> readme(Repo repo);
}
