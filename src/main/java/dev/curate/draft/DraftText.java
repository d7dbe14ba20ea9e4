package dev.curate.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed text of the draft in one language, from {@code templates/draft-text-<tag>.properties}.
 * One template serves every language: it reads these texts as {@code {{t.key}}}, so the structure
 * of an English and a Chinese draft cannot drift apart, and a translation is a text file.
 */
final class DraftText {
  private final Language language;
  private final Map<String, String> texts;

  private DraftText(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = Map.copyOf(texts);
  }

  static DraftText of(Language language) {
    String resource = "templates/draft-text-" + language.tag() + ".properties";
    try (InputStream in = DraftText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + resource);
      }
      Properties properties = new Properties();
      properties.load(
          new InputStreamReader(in, StandardCharsets.UTF_8)); // not ISO-8859-1, for Chinese
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return new DraftText(language, texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** For the template, as {@code t}: every text by key. */
  Map<String, String> asMap() {
    return texts;
  }

  String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException("no text '" + key + "' for language " + language.tag());
    }
    return text;
  }

  /** A text with its {@code {name}} placeholders filled in. */
  String format(String key, Map<String, String> values) {
    String text = get(key);
    for (Map.Entry<String, String> v : values.entrySet()) {
      text = text.replace("{" + v.getKey() + "}", v.getValue());
    }
    return text;
  }

  /** {@code 1,234 stars}: digits grouped the same way in both languages, as the seed does. */
  String count(String noun, long n) {
    return count(noun, n, Map.of());
  }

  /**
   * As {@link #count(String, long)}, or the noun's {@code .unknown} text ("comments unknown") when
   * the figure is unknown: never "0 comments" for a count the answer left out.
   */
  String countOrUnknown(String noun, Integer n) {
    return n == null ? get(noun + ".unknown") : count(noun, n);
  }

  /** As {@link #count(String, long)}, with more placeholders to fill in. */
  String count(String noun, long n, Map<String, String> more) {
    Map<String, String> values = new HashMap<>(more);
    values.put("n", String.format(Locale.US, "%,d", n));
    return format(noun + (n == 1 ? ".one" : ".other"), values);
  }

  String month(YearMonth month) {
    return DateTimeFormatter.ofPattern(get("monthPattern"), language.locale()).format(month);
  }

  String title(YearMonth month, int count) {
    return count > 0
        ? format("title", Map.of("count", Integer.toString(count), "month", month(month)))
        : format("titleNoCount", Map.of("month", month(month)));
  }
}
