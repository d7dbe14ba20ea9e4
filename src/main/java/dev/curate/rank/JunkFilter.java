package dev.curate.rank;

import dev.curate.config.JunkSettings;
import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.List;

/**
 * Repositories not worth an editor's time, whatever their stars: empty shells (no description, no
 * README) and names or descriptions with a blocklisted word ({@code homework}, {@code hello
 * world}...). Blocklist entries match whole words ignoring case, the way {@link Words} splits text,
 * so {@code assignment} leaves out {@code CS231n-Assignment-2} but not {@code reassignment-net}.
 */
final class JunkFilter {
  private final boolean requireDescriptionOrReadme;
  private final List<String> blocklist;
  private final List<List<String>> blockedPhrases;

  JunkFilter(JunkSettings settings) {
    this.requireDescriptionOrReadme = settings.requireDescriptionOrReadme();
    this.blocklist = settings.blocklist();
    this.blockedPhrases = blocklist.stream().map(Words::phrase).toList();
  }

  /**
   * @param readme the prose of the README, or null when there is none
   */
  List<PassOver.Excluded> reasons(Repo repo, String readme) {
    List<PassOver.Excluded> reasons = new ArrayList<>();
    if (requireDescriptionOrReadme && isBlank(repo.description()) && isBlank(readme)) {
      reasons.add(new PassOver.Excluded(ExclusionReason.NO_DESCRIPTION_OR_README));
    }
    Words words = Words.of(repo.name(), repo.description());
    for (int i = 0; i < blocklist.size(); i++) {
      if (words.contains(blockedPhrases.get(i))) {
        // The first entry is enough to say why; listing every one would not change the verdict.
        reasons.add(new PassOver.Excluded(ExclusionReason.BLOCKLISTED, blocklist.get(i)));
        break;
      }
    }
    return reasons;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
