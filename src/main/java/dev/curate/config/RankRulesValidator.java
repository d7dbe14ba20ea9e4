package dev.curate.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Checks the rules {@code rank} classifies and filters with: areas, thread kinds, diversity and
 * junk. Split from {@link ConfigValidator} to keep each on a screen; problems go back through its
 * {@code fail}, which names the file and the key and throws (so a check may rely on the ones before
 * it having passed).
 */
final class RankRulesValidator {
  static final String OTHER = "other";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // GitHub's rule for topics: lowercase letters, digits and hyphens, at most 50 characters.
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

  private final BiConsumer<String, String> fail;

  RankRulesValidator(BiConsumer<String, String> fail) {
    this.fail = fail;
  }

  void validate(CurateConfig c) {
    required(c.areas(), "areas");
    required(c.threadKinds(), "threadKinds");
    required(c.diversity(), "diversity");
    required(c.junk(), "junk");
    areas(c.areas());
    mlEvidence(c.mlEvidence());
    threadKinds(c.threadKinds());
    range(c.diversity().maxPerOwner(), "diversity.maxPerOwner");
    range(c.diversity().maxPerArea(), "diversity.maxPerArea");
    words(c.junk().blocklist(), "junk.blocklist");
    required(c.starBurst(), "starBurst");
    between(c.starBurst().days(), 1, 31, "starBurst.days");
    fraction(c.starBurst().share(), "starBurst.share");
    if (!(c.starBurst().maxForksAndIssuesPerStar() >= 0)) {
      fail.accept(
          "starBurst.maxForksAndIssuesPerStar",
          "must be zero or more, got " + c.starBurst().maxForksAndIssuesPerStar());
    }
    between(c.starBurst().minStars(), 0, Integer.MAX_VALUE, "starBurst.minStars");
    starBurstEvidence(c.starBurst());
    required(c.enrich(), "enrich");
    between(c.enrich().readmes(), 0, 1000, "enrich.readmes");
    between(c.enrich().comments(), 1, 3, "enrich.comments");
  }

  /** The signals that weigh in on a burst: each block must be there, with a usable threshold. */
  private void starBurstEvidence(StarBurstSettings burst) {
    required(burst.cliff(), "starBurst.cliff");
    between(burst.cliff().daysAfter(), 1, 28, "starBurst.cliff.daysAfter");
    atLeastZero(burst.cliff().maxShareAfter(), "starBurst.cliff.maxShareAfter");
    required(burst.watchers(), "starBurst.watchers");
    atLeastZero(burst.watchers().maxPerStar(), "starBurst.watchers.maxPerStar");
    between(burst.watchers().lookUp(), 0, 100, "starBurst.watchers.lookUp");
    required(burst.pushes(), "starBurst.pushes");
    between(burst.pushes().quietDays(), 0, 3650, "starBurst.pushes.quietDays");
    required(burst.loneStargazers(), "starBurst.loneStargazers");
    fraction(burst.loneStargazers().minShare(), "starBurst.loneStargazers.minShare");
    between(
        burst.loneStargazers().minStargazers(),
        1,
        Integer.MAX_VALUE,
        "starBurst.loneStargazers.minStargazers");
    // Each name asked travels in the query's URL (param_repos): 200 names stay within the 8 KiB
    // that proxies commonly allow a request line.
    between(burst.loneStargazers().ask(), 0, 200, "starBurst.loneStargazers.ask");
  }

  private void atLeastZero(double value, String key) {
    if (!(value >= 0 && Double.isFinite(value))) {
      fail.accept(key, "must be zero or more, got " + value);
    }
  }

  private void between(int value, int min, int max, String key) {
    if (value < min || value > max) {
      fail.accept(key, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  private void fraction(double value, String key) {
    if (!(value > 0 && value <= 1)) {
      fail.accept(key, "must be more than 0 and at most 1, got " + value);
    }
  }

  private void areas(List<AreaRule> areas) {
    Set<String> slugs = new HashSet<>();
    for (int i = 0; i < areas.size(); i++) {
      String key = "areas[" + i + "]";
      AreaRule area = areas.get(i);
      required(area, key);
      slug(area.slug(), key + ".slug", slugs);
      name(area.name(), key + ".name");
      required(area.topics(), key + ".topics");
      required(area.keywords(), key + ".keywords");
      topics(area.topics(), key + ".topics");
      words(area.keywords(), key + ".keywords");
      if (area.topics().isEmpty() && area.keywords().isEmpty()) {
        fail.accept(key, "area '" + area.slug() + "' needs at least one topic or keyword");
      }
    }
  }

  private void mlEvidence(MlEvidence evidence) {
    required(evidence, "mlEvidence");
    required(evidence.topics(), "mlEvidence.topics");
    topics(evidence.topics(), "mlEvidence.topics");
    words(evidence.keywords(), "mlEvidence.keywords");
    if (evidence.topics().isEmpty() && evidence.keywords().isEmpty()) {
      fail.accept(
          "mlEvidence",
          "needs at least one topic or keyword, or no repository found by name would pass for"
              + " machine learning");
    }
  }

  private void topics(List<String> topics, String key) {
    for (String topic : topics) {
      if (topic == null || !TOPIC.matcher(topic).matches()) {
        fail.accept(
            key, "'" + topic + "' is not a GitHub topic (lowercase letters, digits, hyphens)");
      }
    }
  }

  private void threadKinds(ThreadKindSettings kinds) {
    required(kinds.rules(), "threadKinds.rules");
    required(kinds.subreddits(), "threadKinds.subreddits");
    Set<String> slugs = new HashSet<>();
    for (int i = 0; i < kinds.rules().size(); i++) {
      String key = "threadKinds.rules[" + i + "]";
      ThreadKindRule rule = kinds.rules().get(i);
      required(rule, key);
      slug(rule.slug(), key + ".slug", slugs);
      name(rule.name(), key + ".name");
      required(rule.tags(), key + ".tags");
      required(rule.flairs(), key + ".flairs");
      for (String tag : rule.tags()) {
        if (tag == null
            || !HAS_WORD.matcher(tag).matches()
            || tag.contains("[")
            || tag.contains("]")) {
          fail.accept(
              key + ".tags",
              "'" + tag + "' is not a tag: write it without brackets, e.g. D for [D]");
        }
      }
      words(rule.flairs(), key + ".flairs");
      if (rule.tags().isEmpty() && rule.flairs().isEmpty()) {
        fail.accept(key, "kind '" + rule.slug() + "' needs at least one tag or flair");
      }
    }
    for (Map.Entry<String, String> e : kinds.subreddits().entrySet()) {
      String key = "threadKinds.subreddits." + e.getKey();
      if (!ConfigValidator.SUBREDDIT.matcher(e.getKey()).matches()) {
        fail.accept(key, "'" + e.getKey() + "' is not a subreddit name (write it without r/)");
      }
      if (!OTHER.equals(e.getValue()) && !slugs.contains(e.getValue())) {
        fail.accept(
            key,
            "'" + e.getValue() + "' is not a kind: use one of threadKinds.rules' slugs, or other");
      }
    }
  }

  private void slug(String slug, String key, Set<String> seen) {
    required(slug, key);
    if (!SLUG.matcher(slug).matches()) {
      fail.accept(
          key,
          "'" + slug + "' is not a slug: lowercase letters and digits, words joined by hyphens");
    }
    if (OTHER.equals(slug)) {
      fail.accept(key, "'other' is reserved for what no rule matches; leave it out");
    }
    if (!seen.add(slug)) {
      fail.accept(key, "'" + slug + "' is used twice");
    }
  }

  private void name(String name, String key) {
    if (name == null || name.isBlank()) {
      fail.accept(key, "is missing");
    }
  }

  private void words(List<String> words, String key) {
    required(words, key);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w == null || !HAS_WORD.matcher(w).matches()) {
        fail.accept(key, "entry " + (i + 1) + " has no letter or digit");
      }
    }
  }

  private void range(int value, String key) {
    if (value < 1 || value > 100) {
      fail.accept(key, "must be between 1 and 100, got " + value);
    }
  }

  private void required(Object value, String key) {
    if (value == null) {
      fail.accept(key, "is missing");
    }
  }
}
