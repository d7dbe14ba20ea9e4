package dev.curate.rank;

import dev.curate.config.MlEvidence;
import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a repository found by name only (GH Archive's events: every repository that gained stars,
 * ML or not) is machine learning, and so may become a candidate. Searches vouch for their results
 * by their ML queries; these come with nothing but a name, and the month's most-starred ones are
 * mostly JavaScript frameworks, editors and lists.
 *
 * <p>Two conditions, both needed (docs/scoring.md, "Only machine learning"):
 *
 * <ol>
 *   <li>the configured {@code areas} file it under an area other than {@code other}, as {@link
 *       AreaClassifier} does for ranking (topics, then name and description, then README);
 *   <li>it says so itself in ML-specific terms ({@code mlEvidence}): one of the evidence topics, or
 *       an evidence keyword in its name, description or topics. An area's words alone are no
 *       evidence: the tooling area's "library" and "framework" file React and Bootstrap under
 *       tooling, the vision area's "3d" files three.js under computer vision, the education area's
 *       topic {@code education} files freeCodeCamp under education. Its README counts only when its
 *       topics, name and description match no area at all, as the README decides the area only
 *       then: a README mentions many things in passing (freeCodeCamp's lists a "Machine Learning
 *       with Python" certification).
 * </ol>
 *
 * And, as for every candidate, the junk rules ({@link JunkFilter}) must not leave it out. Pure: the
 * README comes as prose, from the caller.
 */
public final class MlFilter {
  private final AreaClassifier areas;
  private final JunkFilter junk;
  private final Set<String> topics = new HashSet<>();
  private final List<Keyword> keywords;

  public MlFilter(RankRules rules) {
    this.areas = new AreaClassifier(rules.areas());
    this.junk = new JunkFilter(rules.junk());
    MlEvidence evidence = rules.mlEvidence();
    evidence.topics().forEach(t -> topics.add(t.toLowerCase(Locale.ROOT)));
    this.keywords = evidence.keywords().stream().map(k -> new Keyword(k, Words.phrase(k))).toList();
  }

  /**
   * Area and evidence, without the junk rules.
   *
   * @param readme the prose of its README ({@code enrich.ReadmeProse}), or null when not read
   */
  public boolean isMachineLearning(Repo repo, String readme) {
    return check(repo, readme).machineLearning();
  }

  /**
   * The whole verdict: area, evidence and junk, with what decided each.
   *
   * @param readme the prose of its README, or null when not read
   */
  public Verdict check(Repo repo, String readme) {
    Classification area = areas.classify(repo, readme);
    // The README decides the area only when the rest matched none; it is evidence only then too.
    boolean readmeDecides = areas.classify(repo, null).category().equals(Category.OTHER);
    List<String> evidence = ownEvidence(repo);
    if (evidence.isEmpty() && readmeDecides) {
      Words prose = Words.of(readme);
      keywords.stream()
          .filter(k -> prose.contains(k.words()))
          .forEach(k -> evidence.add(k.text() + " (README)"));
    }
    List<String> junkReasons =
        junk.reasons(repo, readme).stream().map(PassOver.Excluded::describe).toList();
    return new Verdict(area, evidence, junkReasons);
  }

  /** Evidence topics, then evidence keywords in the name, description and topics. */
  private List<String> ownEvidence(Repo repo) {
    List<String> found = new ArrayList<>();
    for (String topic : repo.topics()) {
      if (topics.contains(topic.toLowerCase(Locale.ROOT))) {
        found.add("topic " + topic.toLowerCase(Locale.ROOT));
      }
    }
    List<String> texts = new ArrayList<>();
    texts.add(repo.name());
    texts.add(repo.description());
    texts.addAll(repo.topics());
    Words own = Words.of(texts.toArray(String[]::new));
    for (Keyword k : keywords) {
      if (own.contains(k.words())) {
        found.add(k.text());
      }
    }
    return found;
  }

  private record Keyword(String text, List<String> words) {}

  /**
   * What {@link MlFilter} found.
   *
   * @param area the area the configured rules file it under, and why
   * @param evidence the ML-specific topics ({@code topic deep-learning}) and terms found, a
   *     README's marked {@code (README)}; empty when there is none
   * @param junk why the junk rules leave it out ({@code blocklisted ('homework')}); empty when they
   *     do not
   */
  public record Verdict(Classification area, List<String> evidence, List<String> junk) {
    public Verdict {
      evidence = List.copyOf(evidence);
      junk = List.copyOf(junk);
    }

    /** Filed under an area, with evidence. */
    public boolean machineLearning() {
      return !area.category().equals(Category.OTHER) && !evidence.isEmpty();
    }

    /** Machine learning, and not junk: a candidate. */
    public boolean keep() {
      return machineLearning() && junk.isEmpty();
    }

    /**
     * One line for a summary or {@code --explain}: "machine learning: nlp (topics: nlp); evidence:
     * topic nlp, bert", "not machine learning: tooling (name/description: library), but no
     * ML-specific topic or term", "not machine learning: no area (no topic or keyword of any
     * area)".
     */
    public String describe() {
      String filed = area.category().slug() + " (" + area.basis() + ")";
      String verdict;
      if (area.category().equals(Category.OTHER)) {
        verdict = "not machine learning: no area (" + area.basis() + ")";
      } else if (evidence.isEmpty()) {
        verdict = "not machine learning: " + filed + ", but no ML-specific topic or term";
      } else {
        verdict = "machine learning: " + filed + "; evidence: " + String.join(", ", evidence);
      }
      return junk.isEmpty() ? verdict : verdict + "; junk: " + String.join(", ", junk);
    }
  }
}
