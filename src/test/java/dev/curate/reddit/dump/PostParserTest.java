package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.reddit.post.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The dump reader's streaming parser reads a post exactly as the API path's data binding does. */
class PostParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PostParser parser = new PostParser();

  static Post parse(PostParser parser, String line) throws IOException {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length);
  }

  @Test
  void agreesWithDataBindingOnEveryArchivedPostOfTheStandIn() throws IOException {
    for (String sub : new String[] {"MachineLearning", "datascience"}) {
      try (InputStream in =
          getClass().getResourceAsStream("/stand-in/__files/archive-" + sub + "-2018-11.json")) {
        for (JsonNode post : JSON.readTree(in).get("data")) {
          String line = JSON.writeValueAsString(post);
          assertThat(parse(parser, line)).isEqualTo(JSON.readValue(line, Post.class)).isNotNull();
        }
      }
    }
  }

  @Test
  void readsQuotedTimesAndTheLaterArchivesRetrievedUtc() throws IOException {
    Post post =
        parse(
            parser,
            "{\"id\":\"x1\",\"created_utc\":\"1541030400\",\"retrieved_utc\":1541160000,"
                + "\"media\":{\"oembed\":{\"html\":\"<iframe>\"}},\"score\":\"n/a\",\"title\":null}");
    assertThat(post.id()).isEqualTo("x1");
    assertThat(post.createdUtc()).isEqualByComparingTo("1541030400");
    assertThat(post.retrievedOn()).isEqualByComparingTo("1541160000");
    assertThat(post.score()).isNull();
    assertThat(post.title()).isNull();
  }

  @Test
  void notAnObjectIsNull() throws IOException {
    assertThat(parse(parser, "[1,2]")).isNull();
    assertThat(parse(parser, "\"text\"")).isNull();
  }
}
