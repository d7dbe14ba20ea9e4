package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ApiException;
import dev.curate.model.RedditThread;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadMapperTest {
  static final Instant FETCHED = Instant.parse("2026-11-28T10:00:00Z");
  final ThreadMapper mapper = new ThreadMapper();

  static Post post(String id, String createdUtc, String url, String permalink) {
    return new Post(id, "t3_" + id, null, null, "someone", null, null, null,
        createdUtc == null ? null : new BigDecimal(createdUtc), permalink, url, "", null, null, null, null, null, null);
  }

  @Test
  void createdUtcKeepsItsFractionOfASecond() {
    assertThat(ThreadMapper.instant(new BigDecimal("1542748413.0"))).isEqualTo("2018-11-20T21:13:33Z");
    assertThat(ThreadMapper.instant(new BigDecimal("1542748413.25"))).isEqualTo("2018-11-20T21:13:33.250Z");
  }

  @Test
  void missingFiguresStayUnknownAndMissingTextGetsNeutralDefaults() {
    RedditThread t = mapper.map(post("9ysmtn", "1542680449.0", null, "/r/MachineLearning/comments/9ysmtn/x/"),
        "MachineLearning", FETCHED);

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
  void aRelativeUrlIsMadeAbsoluteOnThePublicSite() {
    RedditThread t = mapper.map(post("9ysmtn", "1542680449.0", "/r/MachineLearning/comments/9ysmtn/x/",
        "/r/MachineLearning/comments/9ysmtn/x/"), "MachineLearning", FETCHED);
    assertThat(t.url()).isEqualTo("https://www.reddit.com/r/MachineLearning/comments/9ysmtn/x/");
  }

  @Test
  void anIdWithItsKindPrefixIsStoredBare() {
    assertThat(mapper.map(post("t3_9ysmtn", "1542680449.0", null, null), "MachineLearning", FETCHED).id())
        .isEqualTo("9ysmtn");
  }

  @Test
  void aMissingIdIsAClearError() {
    assertThatThrownBy(() -> mapper.map(post(null, "1542680449.0", null, null), "MachineLearning", FETCHED))
        .isInstanceOf(ApiException.class)
        .hasMessage("Reddit listing r/MachineLearning returned a post without an id");
  }
}
