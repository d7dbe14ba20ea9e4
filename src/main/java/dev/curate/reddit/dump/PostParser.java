package dev.curate.reddit.dump;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.curate.reddit.post.Post;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the fields of {@link Post} from one dump line with Jackson's streaming parser, skipping the
 * hundred others without building anything for them. Data binding to the record did the same job
 * three times slower on archive lines (scripts/bench-dump), which made it the bottleneck of a dump
 * read. Field names and meanings are Reddit's, as for {@link Post}.
 */
final class PostParser {
  private final JsonFactory factory = new JsonFactory();

  /** The post, or null when the line is not a JSON object. */
  Post parse(byte[] buffer, int offset, int length) throws IOException {
    try (JsonParser p = factory.createParser(buffer, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String id = null,
          name = null,
          subreddit = null,
          title = null,
          author = null,
          permalink = null;
      String url = null, flair = null, selftext = null, removedBy = null;
      BigDecimal score = null, comments = null;
      Double ratio = null;
      BigDecimal created = null, retrieved = null;
      Boolean isSelf = null, over18 = null, stickied = null;
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "id" -> id = text(p, value);
          case "name" -> name = text(p, value);
          case "subreddit" -> subreddit = text(p, value);
          case "title" -> title = text(p, value);
          case "author" -> author = text(p, value);
          case "permalink" -> permalink = text(p, value);
          case "url" -> url = text(p, value);
          case "link_flair_text" -> flair = text(p, value);
          case "selftext" -> selftext = text(p, value);
          case "removed_by_category" -> removedBy = text(p, value);
          // Whatever number it is: ThreadMapper judges it, and names the post if it is absurd.
          case "score" -> score = value.isNumeric() ? p.getDecimalValue() : null;
          case "num_comments" -> comments = value.isNumeric() ? p.getDecimalValue() : null;
          case "upvote_ratio" -> ratio = value.isNumeric() ? p.getDoubleValue() : null;
          case "created_utc" -> created = number(p, value);
          case "retrieved_on", "retrieved_utc" ->
              retrieved = retrieved != null ? retrieved : number(p, value);
          case "is_self" -> isSelf = bool(value);
          case "over_18" -> over18 = bool(value);
          case "stickied" -> stickied = bool(value);
          default -> p.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT) {
        return null;
      }
      return new Post(
          id, name, subreddit, title, author, score, comments, ratio, created, permalink, url,
          flair, isSelf, selftext, over18, stickied, removedBy, retrieved);
    }
  }

  private static String text(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /** Epoch seconds as a number, or a quoted number as old Pushshift files have them. */
  private static BigDecimal number(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      return BigDecimal.valueOf(p.getLongValue());
    }
    if (value == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (value == JsonToken.VALUE_STRING) {
      try {
        return new BigDecimal(p.getText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    p.skipChildren();
    return null;
  }

  private static Boolean bool(JsonToken value) {
    return value == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }
}
