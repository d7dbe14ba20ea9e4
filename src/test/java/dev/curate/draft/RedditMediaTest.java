package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedditMediaTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        // Reddit's own media, as its answers give the url of such posts.
        "https://i.redd.it/4qf0c2l1z6y11.jpg, IMAGE",
        "https://preview.redd.it/k3v9x2n1q6c51.png?width=1080&format=png&auto=webp, IMAGE",
        "https://v.redd.it/8d7s2ybq1hz11, VIDEO",
        "https://www.reddit.com/gallery/huw6vs, GALLERY",
        "https://reddit.com/gallery/huw6vs, GALLERY",
        "https://old.reddit.com/gallery/huw6vs, GALLERY",
        "HTTPS://I.REDD.IT/4QF0C2L1Z6Y11.JPG, IMAGE",
        // Pages: the thread, another thread (a crosspost), other hosts, hosts that only look alike.
        "https://www.reddit.com/r/MachineLearning/comments/9v1x7k/r_biggan/, none",
        "https://redd.it/9v1x7k, none",
        "https://imgur.com/a/x1y2z3, none",
        "https://i.redd.it.evil.example/x.jpg, none",
        "https://evil.example/i.redd.it/x.jpg, none",
        "https://notreddit.com/gallery/huw6vs, none",
        "not a url at all, none",
      })
  void knowsTheMediaRedditHostsFromPagesElsewhere(String url, RedditMedia expected) {
    assertThat(RedditMedia.of(url)).isEqualTo(Optional.ofNullable(expected));
  }
}
