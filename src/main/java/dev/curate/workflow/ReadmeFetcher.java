package dev.curate.workflow;

import dev.curate.model.ReadmeAnswer;
import dev.curate.model.Repo;

/** Where a repository's README comes from (GitHub's REST API, or a fake in tests). */
@FunctionalInterface
public interface ReadmeFetcher {
  /**
   * The README, the fact that there is none, or an answer that is no README.
   *
   * @throws dev.curate.error.CurateException when GitHub cannot be asked (network, limits,
   *     credentials)
   */
  ReadmeAnswer readme(Repo repo);
}
