package dev.curate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them in a config file: {@code 512KB 16MB 1GB} (binary units: 1KB = 1024
 * bytes).
 */
public final class SizeText {
  private static final Pattern FORMAT =
      Pattern.compile("(\\d{1,9})\\s*(B|KB|MB|GB)", Pattern.CASE_INSENSITIVE);

  private SizeText() {}

  public static long parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size: use a number and a unit, e.g. 512KB, 16MB, 1GB");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "B" -> n;
      case "KB" -> n << 10;
      case "MB" -> n << 20;
      default -> n << 30;
    };
  }

  /** The largest unit that divides the size: {@code 16MB}, {@code 1536KB}, {@code 100B}. */
  public static String format(long bytes) {
    if (bytes > 0 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + "GB";
    }
    if (bytes > 0 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + "MB";
    }
    if (bytes > 0 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + "KB";
    }
    return bytes + "B";
  }

  /** Binds a size key of the configuration, with the message above for a value that is not one. */
  static final class Deserializer extends JsonDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return parse(p.getValueAsString());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }
}
