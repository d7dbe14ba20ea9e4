package dev.curate.github;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topics and license of each repository seen on a search page, by repository id, filled by
 * {@link SearchPageTap} as pages pass through and read by {@link RepoMapper}. One per source.
 */
final class SearchItemExtras {
  /** What github-api does not give us for one repository. */
  record Extras(List<String> topics, String license) {
    static final Extras NONE = new Extras(List.of(), null);

    Extras {
      topics = topics == null ? List.of() : List.copyOf(topics);
    }
  }

  private final Map<Long, Extras> byId = new ConcurrentHashMap<>();

  void record(SearchPageJson page) {
    for (SearchPageJson.Item item : page.items()) {
      String license = item.license() == null ? null : item.license().label();
      byId.put(item.id(), new Extras(item.topics(), license));
    }
  }

  Extras forRepository(long id) {
    return byId.getOrDefault(id, Extras.NONE);
  }

  void clear() {
    byId.clear();
  }
}
