package dev.curate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character-by-character checks say what the regular expressions they replaced said, on strings
 * built from the pieces where they could part: names and ids of every length around their bounds,
 * cases, slugs of letters, marks, numbers of every kind, supplementary letters, emoji, lone
 * surrogates, and the separators around them.
 */
class RedditPathsTest {
  private static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9_]{2,21}");
  private static final Pattern ID = Pattern.compile("[0-9a-z]{1,13}");
  private static final Pattern THREAD_PATH =
      Pattern.compile(
          "(?:"
              + Pattern.quote(RedditThread.SITE)
              + ")?/r/([A-Za-z0-9_]{2,21})/comments/([0-9a-z]{1,13})/([\\p{L}\\p{M}\\p{N}_]{1,120})/?");

  private static final String[] NAME_CHARACTERS = {"a", "Z", "0", "_", "-", "é", " "};
  private static final String[] ID_CHARACTERS = {"a", "z", "9", "A", "_", "é"};
  private static final String[] SLUG_CHARACTERS = {
    "a",
    "Z",
    "_",
    "0",
    "\u0301",
    "\u20DD",
    "\u0903",
    "\u0663",
    "\u216B",
    "\u00BD",
    "漢",
    "\uD835\uDC9C",
    "\uD83D\uDE00",
    "\uD800",
    "-",
    " ",
    "/",
    "?",
    "é",
    "ǅ",
    "ʰ"
  };
  private static final String[] HEADS = {
    RedditThread.SITE,
    "",
    "https://old.reddit.com",
    "http://www.reddit.com",
    RedditThread.SITE + "/"
  };

  private final Random random = new Random(20181130);

  private String run(String[] alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      s.append(alphabet[random.nextInt(random.nextInt(4) == 0 ? alphabet.length : 4)]);
    }
    return s.toString();
  }

  private String path(String subreddit, String id) {
    String name = random.nextInt(3) == 0 ? run(NAME_CHARACTERS, 23) : subreddit;
    if (random.nextBoolean()) {
      name = name.toUpperCase(java.util.Locale.ROOT);
    }
    String pathId = random.nextInt(3) == 0 ? run(ID_CHARACTERS, 14) : id;
    String slug = run(SLUG_CHARACTERS, random.nextInt(4) == 0 ? 125 : 12);
    if (random.nextInt(8) == 0) {
      // Around the 120 characters a slug may have, counted in code points.
      slug = (random.nextBoolean() ? "a" : "\uD835\uDC9C").repeat(118 + random.nextInt(5));
    }
    return HEADS[random.nextInt(HEADS.length)]
        + (random.nextInt(20) == 0 ? "/u/" : "/r/")
        + name
        + (random.nextInt(20) == 0 ? "/comment/" : "/comments/")
        + pathId
        + (random.nextInt(20) == 0 ? "" : "/")
        + slug
        + (random.nextBoolean() ? "/" : random.nextInt(10) == 0 ? "//" : "");
  }

  private static String slugByExpression(String path, String subreddit, String id) {
    Matcher m = THREAD_PATH.matcher(path);
    return m.matches() && m.group(1).equalsIgnoreCase(subreddit) && m.group(2).equals(id)
        ? m.group(3)
        : null;
  }

  @Test
  void namesAndIdsAreWhatTheExpressionsAllowed() {
    for (int i = 0; i < 50_000; i++) {
      String name = run(NAME_CHARACTERS, 24);
      String id = run(ID_CHARACTERS, 15);
      assertThat(RedditPaths.isSubredditName(name))
          .as(name)
          .isEqualTo(SUBREDDIT.matcher(name).matches());
      assertThat(RedditPaths.isThreadId(id)).as(id).isEqualTo(ID.matcher(id).matches());
    }
    assertThat(RedditPaths.isSubredditName(null)).isFalse();
    assertThat(RedditPaths.isThreadId(null)).isFalse();
  }

  @Test
  void aSlugIsTakenFromExactlyThePathsTheExpressionTookItFrom() {
    int taken = 0;
    for (int i = 0; i < 100_000; i++) {
      String subreddit = run(NAME_CHARACTERS, 22);
      String id = run(ID_CHARACTERS, 14);
      if (!SUBREDDIT.matcher(subreddit).matches() || !ID.matcher(id).matches()) {
        continue;
      }
      String path = path(subreddit, id);
      String expected = slugByExpression(path, subreddit, id);
      assertThat(RedditPaths.slugOf(path, subreddit, id)).as(path).isEqualTo(expected);
      taken += expected == null ? 0 : 1;
    }
    // The paths reach both answers, often.
    assertThat(taken).isGreaterThan(200);
  }

  @Test
  void thePermalinkKeepsTheSlugOfItsOwnPathOnly() {
    assertThat(
            RedditThread.permalinkOf(
                "MachineLearning", "9ysmtn", "/r/machinelearning/comments/9ysmtn/d_title_über/"))
        .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d_title_über/");
    assertThat(RedditThread.permalinkOf("MachineLearning", "9ysmtn", "https://evil.example/x"))
        .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/");
    assertThat(RedditThread.permalinkOf("MachineLearning", "9YSMTN", null)).isNull();
    assertThat(RedditThread.permalinkOf("r/ML", "9ysmtn", null))
        .isEqualTo("https://www.reddit.com/comments/9ysmtn/");
  }
}
