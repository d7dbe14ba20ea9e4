package dev.curate.rank;

import dev.curate.config.AreaRule;
import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Files a repository under one area, deterministically, in three steps; the first step that matches
 * any area decides:
 *
 * <ol>
 *   <li>its GitHub topics, against each area's {@code topics} (exact names): topics are chosen by
 *       the author to say what a repository is about, so they beat incidental words;
 *   <li>the words of its name and description, against each area's {@code keywords};
 *   <li>the words of its README's prose, against the same keywords: a README mentions many things
 *       in passing, so it only decides when the one-line description did not. Prose, not the file:
 *       badge lines, URLs and code say words ("image", "3d") that are not the project's.
 * </ol>
 *
 * Within a step the area with the most distinct matches wins; a tie goes to the area listed first
 * in the configuration. No match at all files the repository under {@link Category#OTHER}.
 */
public final class AreaClassifier {
  private final List<Rule> rules;

  public AreaClassifier(List<AreaRule> areas) {
    List<Rule> built = new ArrayList<>(areas.size());
    for (AreaRule area : areas) {
      List<String> topics = area.topics().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
      List<Keyword> keywords =
          area.keywords().stream().map(k -> new Keyword(k, Words.phrase(k))).toList();
      built.add(new Rule(new Category(area.slug(), area.name()), topics, keywords));
    }
    this.rules = List.copyOf(built);
  }

  /**
   * @param readme the prose of the repository's README (no markup, code or URLs), or null when
   *     there is none
   */
  public Classification classify(Repo repo, String readme) {
    Set<String> topics = new HashSet<>();
    repo.topics().forEach(t -> topics.add(t.toLowerCase(Locale.ROOT)));
    Words nameAndDescription = Words.of(repo.name(), repo.description());
    Words readmeWords = Words.of(readme);

    Match best = best(rule -> rule.topics().stream().filter(topics::contains).toList());
    if (best != null) {
      return best.classification("topics");
    }
    best = best(rule -> matched(rule, nameAndDescription));
    if (best != null) {
      return best.classification("name/description");
    }
    best = best(rule -> matched(rule, readmeWords));
    if (best != null) {
      return best.classification("README");
    }
    return new Classification(Category.OTHER, "no topic or keyword of any area");
  }

  /** The rule with the most matches, the first listed on a tie; null when none matches. */
  private Match best(Function<Rule, List<String>> matches) {
    Match best = null;
    for (Rule rule : rules) {
      List<String> found = matches.apply(rule);
      if (!found.isEmpty() && (best == null || found.size() > best.found().size())) {
        best = new Match(rule.category(), found);
      }
    }
    return best;
  }

  private static List<String> matched(Rule rule, Words words) {
    return rule.keywords().stream()
        .filter(k -> words.contains(k.words()))
        .map(Keyword::text)
        .toList();
  }

  private record Rule(Category category, List<String> topics, List<Keyword> keywords) {}

  private record Keyword(String text, List<String> words) {}

  private record Match(Category category, List<String> found) {
    Classification classification(String step) {
      return new Classification(category, step + ": " + String.join(", ", found));
    }
  }
}
