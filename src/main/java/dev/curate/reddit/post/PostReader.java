package dev.curate.reddit.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Binds one post of an answer at a time. A listing, an archive page and an {@code /api/info} answer
 * are parsed as trees and each post bound on its own, so that a value Jackson cannot bind ({@code
 * "score": 1e300}, {@code "created_utc": "soon"}) costs that post only, as an {@link UnusablePost}
 * naming the field, and not the whole page with everything read before it.
 */
public final class PostReader {
  private final ObjectMapper json;

  public PostReader(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The mapper for answers that hold posts: floats are read as exact decimals, so that a tree keeps
   * {@code created_utc} to the digit and a warning shows {@code 1e300} as {@code 1E+300}.
   */
  public static ObjectMapper answers() {
    return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  public Post read(JsonNode node) throws UnusablePost {
    if (node == null || !node.isObject()) {
      throw new UnusablePost(null, "not a JSON object");
    }
    try {
      return json.treeToValue(node, Post.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String field = field(e);
      JsonNode id = node.get("id");
      throw new UnusablePost(
          id != null && id.isTextual() ? id.asText() : null,
          field == null
              ? "unreadable"
              : field + " " + UnusablePost.shown(node.get(field)) + " is unreadable");
    }
  }

  /** The JSON field binding stopped at, when Jackson says. */
  private static String field(Exception e) {
    if (e instanceof JsonMappingException mapping) {
      List<JsonMappingException.Reference> path = mapping.getPath();
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i).getFieldName() != null) {
          return path.get(i).getFieldName();
        }
      }
    }
    return null;
  }
}
