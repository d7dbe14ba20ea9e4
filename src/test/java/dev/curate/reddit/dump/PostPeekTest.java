package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostPeekTest {
  static long peek(String line) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    return PostPeek.createdUtc(b, 2, b.length - 4);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"a\",\"created_utc\":1541030400,\"score\":1}|1541030400",
        "{\"created_utc\": 1541030400.0}|1541030400",
        "{\"created_utc\" :\t1541030400.75}|1541030400",
        "{\"created_utc\":\"1541030400\"}|1541030400",
        "{\"title\":\"x\",\"created_utc\":1541030401}|1541030401"
      })
  void findsTheSecondsInEveryFormTheArchivesWrote(String line, long seconds) {
    assertThat(peek(line)).isEqualTo(seconds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"a\"}",
        "{\"created_utc\":null}",
        "{\"created_utc\":-5}",
        "{\"created_utc\":\"soon\"}",
        "{\"created_utc\":12345678901234567890123}",
        "{\"created_utc\"",
        "{\"created_utc\":1.541592E9}",
        "{\"created_utc\":15415920e2}"
      })
  void anythingElseIsUnknownSoTheLineIsParsedInFull(String line) {
    assertThat(peek(line)).isEqualTo(PostPeek.UNKNOWN);
  }

  private static final long NOVEMBER = 1541030400L; // 2018-11-01T00:00:00Z
  private static final long DECEMBER = 1543622400L;

  private static PostPeek scanned(String line) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    PostPeek peek = new PostPeek(NOVEMBER, DECEMBER);
    peek.scan(b, 2, b.length - 4);
    return peek;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Reddit's order (Arctic Shift): the crosspost's parent comes before the post's own keys.
        "{\"subreddit\":\"MachineLearning\",\"crosspost_parent_list\":[{\"subreddit\":\"old\",\"created_utc\":1500000000}],\"created_utc\":1541100000}",
        // Pushshift's alphabetical order: created_utc first, the parent's subreddit before the
        // post's.
        "{\"created_utc\":1541100000,\"crosspost_parent_list\":[{\"created_utc\":1500000000,\"subreddit\":\"old\"}],\"subreddit\":\"MachineLearning\"}",
        // Keys and braces inside strings are text, escaped quotes included.
        "{\"title\":\"a \\\"created_utc\\\":1 {[\",\"selftext\":\"\\\"subreddit\\\":\\\"x\\\"\",\"created_utc\":1541100000,\"subreddit\":\"MachineLearning\"}",
        // Values that are objects or arrays holding the same keys.
        "{\"media\":{\"created_utc\":1,\"subreddit\":\"x\"},\"subreddit\" : \"MachineLearning\",\"created_utc\" : 1541100000.0}"
      })
  void readsThePostsOwnKeysNotThoseOfNestedObjectsOrStrings(String line) {
    PostPeek peek = scanned(line);

    assertThat(peek.createdUtc()).isEqualTo(1541100000L);
    assertThat(peek.subreddit()).isEqualTo("MachineLearning");
    assertThat(peek.outsideMonth()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"created_utc\":1500000000,\"subreddit\":\"MachineLearning\"}",
        "{\"subreddit\":\"MachineLearning\",\"created_utc\":1543622400}"
      })
  void aLineOfAnotherMonthIsOutside(String line) {
    assertThat(scanned(line).outsideMonth()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"created_utc\":1541100000,\"subreddit\":null}",
        "{\"created_utc\":1541100000,\"subreddit\":\"Mach\\u0069neLearning\"}",
        "{\"created_utc\":1541100000}",
        "{\"created_utc\":1541100000,\"subreddit\":\"MachineLearning"
      })
  void aSubredditThatIsNotAPlainStringIsUnknown(String line) {
    PostPeek peek = scanned(line);

    assertThat(peek.subreddit()).isNull();
    assertThat(peek.outsideMonth()).isFalse();
  }

  private static boolean everyTimeOutside(String line) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    return new PostPeek(NOVEMBER, DECEMBER).everyTimeOutside(b, 2, b.length - 4);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"created_utc\":1500000000,\"subreddit\":\"MachineLearning\"}",
        "{\"subreddit\":\"MachineLearning\",\"created_utc\" : \"1543622400\"}",
        "{\"selftext\":\"a long text\",\"created_utc\":1543622400.5,\"media\":null}",
        // The post and its crosspost's parent are both of other months, in either key order.
        "{\"crosspost_parent_list\":[{\"created_utc\":1400000000}],\"created_utc\":1500000000}",
        "{\"created_utc\":1500000000,\"crosspost_parent_list\":[{\"created_utc\":1400000000}]}"
      })
  void aLineWhoseEveryTimeIsOfAnotherMonthIsOutsideWithoutAScan(String line) {
    assertThat(everyTimeOutside(line)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"created_utc\":1541100000,\"subreddit\":\"MachineLearning\"}",
        // The parent is of the month: only the scan tells whose time is whose.
        "{\"crosspost_parent_list\":[{\"created_utc\":1541100000}],\"created_utc\":1500000000}",
        "{\"created_utc\":1500000000,\"crosspost_parent_list\":[{\"created_utc\":1541100000}]}",
        // A time in a form the peek does not read, or none at all.
        "{\"created_utc\":1.5E9}",
        "{\"created_utc\":null}",
        "{\"id\":\"a\"}",
        // Inside a string the key's quotes are escaped: text, not a time.
        "{\"title\":\"\\\"created_utc\\\":1500000000\"}",
        "{\"title\":\"created_utc\",\"id\":\"a\"}",
        "{\"created_utc\""
      })
  void anyOtherLineIsLeftToTheScan(String line) {
    assertThat(everyTimeOutside(line)).isFalse();
  }

  /**
   * The search moves by the byte under the key's end; text made of the key's own bytes (an escaped
   * quote included), at every length before it, is where a wrong move would step over a key.
   */
  @Test
  void theSearchFindsEveryKeyWhateverTheTextBeforeIt() {
    String[] pieces = {"c", "r", "e", "a", "t", "d", "_", "u", "\\\"", "tc", "utc", "created_ut"};
    for (int length = 0; length < 60; length++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(pieces[(i * 7 + length) % pieces.length]);
      }
      String before = "{\"a\":\"" + text + "\",\"created_utc\":1500000000";
      assertThat(everyTimeOutside(before + "}")).as(before).isTrue();
      String both = before + ",\"b\":\"" + text + "\",\"created_utc\":1541100000}";
      assertThat(everyTimeOutside(both)).as(both).isFalse();
    }
  }
}
