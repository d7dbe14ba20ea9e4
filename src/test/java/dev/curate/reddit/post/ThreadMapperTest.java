package dev.curate.reddit.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.model.RedditThread;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadMapperTest {
  static final Instant FETCHED = Instant.parse("2026-11-28T10:00:00Z");
  final ThreadMapper mapper = new ThreadMapper();

  static Post post(String id, String createdUtc, String url, String permalink) {
    return new Post(
        id,
        "t3_" + id,
        null,
        null,
        "someone",
        null,
        null,
        null,
        createdUtc == null ? null : new BigDecimal(createdUtc),
        permalink,
        url,
        "",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void createdUtcKeepsItsFractionOfASecond() {
    assertThat(ThreadMapper.instantOf(new BigDecimal("1542748413.0")))
        .contains(Instant.parse("2018-11-20T21:13:33Z"));
    assertThat(ThreadMapper.instantOf(new BigDecimal("1542748413.25")))
        .contains(Instant.parse("2018-11-20T21:13:33.250Z"));
  }

  @Test
  void aCreatedUtcNoPostCanHaveIsNoDateRatherThanAnArithmeticException() {
    assertThat(ThreadMapper.instantOf(new BigDecimal("1e300"))).isEmpty();
    assertThat(ThreadMapper.instantOf(new BigDecimal("-1"))).isEmpty();
    assertThat(ThreadMapper.instantOf(new BigDecimal("253402300800"))).isEmpty();
    assertThat(ThreadMapper.instantOf(new BigDecimal("253402300799.5"))).isPresent();

    assertThatThrownBy(
            () -> mapper.map(post("9ysmtn", "1e300", null, null), "MachineLearning", FETCHED))
        .isInstanceOfSatisfying(
            UnusablePost.class,
            e -> {
              assertThat(e.id()).isEqualTo("9ysmtn");
              assertThat(e.describe()).isEqualTo("9ysmtn (created_utc 1E+300 is no date)");
            });
  }

  @Test
  void aDeletedPostWithAnAbsurdDateIsStillATombstoneToPurge() throws UnusablePost {
    Post deleted =
        new Post(
            "9ysmtn",
            "t3_9ysmtn",
            "MachineLearning",
            "[deleted]",
            "[deleted]",
            null,
            null,
            null,
            new BigDecimal("1e300"),
            null,
            null,
            null,
            true,
            "[deleted]",
            false,
            false,
            "deleted",
            null);

    RedditThread t = mapper.map(deleted, "MachineLearning", FETCHED);

    assertThat(t.deleted()).isTrue();
    assertThat(t.createdAt()).isNull();
  }

  @Test
  void missingFiguresStayUnknownAndMissingTextGetsNeutralDefaults() throws UnusablePost {
    RedditThread t =
        mapper.map(
            post("9ysmtn", "1542680449.0", null, "/r/MachineLearning/comments/9ysmtn/x/"),
            "MachineLearning",
            FETCHED);

    assertThat(t.subreddit()).isEqualTo("MachineLearning");
    assertThat(t.title()).isEmpty();
    // Unknown, not zero: a 2018 dump has no upvote_ratio at all, and 0 would read as "0% liked".
    assertThat(t.score()).isNull();
    assertThat(t.comments()).isNull();
    assertThat(t.upvoteRatio()).isNull();
    assertThat(t.flair()).isNull();
    assertThat(t.selftext()).isEmpty();
    assertThat(t.url()).isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/x/");
    assertThat(t.removed()).isFalse();
  }

  @Test
  void aRelativeUrlIsMadeAbsoluteOnThePublicSite() throws UnusablePost {
    RedditThread t =
        mapper.map(
            post(
                "9ysmtn",
                "1542680449.0",
                "/r/MachineLearning/comments/9ysmtn/x/",
                "/r/MachineLearning/comments/9ysmtn/x/"),
            "MachineLearning",
            FETCHED);
    assertThat(t.url()).isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/x/");
  }

  @Test
  void thePermalinkIsBuiltFromTheSubredditAndIdNeverTakenFromTheAnswer() throws UnusablePost {
    String own = "/r/MachineLearning/comments/9ysmtn/d_debate_on_tensorflow_20_api/";
    assertThat(
            mapper
                .map(post("9ysmtn", "1542680449.0", null, own), "MachineLearning", FETCHED)
                .permalink())
        .isEqualTo("https://www.reddit.com" + own);
    for (String hostile :
        List.of(
            "https://evil.example/phish",
            "//evil.example/r/MachineLearning/comments/9ysmtn/x/",
            "https://evil.example/r/MachineLearning/comments/9ysmtn/x/",
            "/r/MachineLearning/comments/9zzzzz/another/",
            "/r/MachineLearning/comments/9ysmtn/../../../phish/",
            "javascript:alert(1)")) {
      RedditThread t =
          mapper.map(post("9ysmtn", "1542680449.0", null, hostile), "MachineLearning", FETCHED);
      assertThat(t.permalink())
          .as(hostile)
          .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/");
      assertThat(t.link())
          .as(hostile)
          .isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/");
    }
  }

  @Test
  void aSubredditNameRedditWouldNotAllowGivesTheShortThreadAddress() {
    assertThat(RedditThread.permalinkOf("evil.example/phish#", "9ysmtn", null))
        .isEqualTo("https://www.reddit.com/comments/9ysmtn/");
    assertThat(RedditThread.permalinkOf("MachineLearning", "../x", null)).isNull();
  }

  @Test
  void anIdThatIsNotBase36MakesThePostUnusable() {
    assertThatThrownBy(
            () ->
                mapper.map(
                    post("9ys/../x", "1542680449.0", null, null), "MachineLearning", FETCHED))
        .isInstanceOfSatisfying(
            UnusablePost.class,
            e -> assertThat(e.problem()).isEqualTo("id 9ys/../x is not a Reddit id"));
  }

  @Test
  void anIdWithItsKindPrefixIsStoredBare() throws UnusablePost {
    assertThat(
            mapper
                .map(post("t3_9ysmtn", "1542680449.0", null, null), "MachineLearning", FETCHED)
                .id())
        .isEqualTo("9ysmtn");
  }

  @Test
  void aMissingIdMakesThePostUnusable() {
    assertThatThrownBy(
            () -> mapper.map(post(null, "1542680449.0", null, null), "MachineLearning", FETCHED))
        .isInstanceOfSatisfying(
            UnusablePost.class,
            e -> assertThat(e.describe()).isEqualTo("a post without an id (no id)"));
  }
}
