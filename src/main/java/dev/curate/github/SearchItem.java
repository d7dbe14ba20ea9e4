package dev.curate.github;

import java.util.List;
import org.kohsuke.github.GHRepository;

/**
 * One usable result of a repository search, read from its page by {@link SearchItemReader}.
 *
 * @param repository the item as github-api binds it; bound without a connection, so a getter that
 *     would send a request ({@code getOwner()}, {@code getLicense()}, {@code listTopics()}) fails
 *     instead of sending one
 * @param topics the item's {@code topics}, which {@code GHRepository} 1.330 has no field for
 * @param license the item's {@code license} as curate keeps it ({@link
 *     SearchItemReader.License#label()}), or null; {@code GHRepository.getLicense()} would ask
 *     {@code GET /repos/{o}/{r}/license} for it
 * @param watchers the item's {@code subscribers_count}, or null: a repository's own answer has it,
 *     a search result does not ({@code GHRepository.getSubscribersCount()} reads 0 for both)
 */
record SearchItem(GHRepository repository, List<String> topics, String license, Integer watchers) {
  SearchItem {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  long id() {
    return repository.getId();
  }
}
