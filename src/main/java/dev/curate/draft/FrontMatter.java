package dev.curate.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;

/**
 * YAML front matter for static-site generators (Jekyll, Hugo, Eleventy):
 *
 * <pre>
 * ---
 * title: "..."
 * date: 2018-12-01
 * tags: [machine-learning, github, reddit]
 * ---
 * </pre>
 *
 * The title is quoted by Jackson's YAML writer, which knows every rule (colons, quotes, {@code #},
 * a leading {@code *} or {@code -}, non-printable characters); the date is an ISO date, which YAML
 * readers take as a date, and the tags are our own words.
 */
final class FrontMatter {
  static final String TAGS = "[machine-learning, github, reddit]";

  // Always double-quoted (MINIMIZE_QUOTES off), on one line however long (SPLIT_LINES off), and
  // a bare scalar rather than a document ("---" marker off).
  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private FrontMatter() {}

  static String of(String title, LocalDate date) {
    return "---\ntitle: " + quoted(title) + "\ndate: " + date + "\ntags: " + TAGS + "\n---\n\n";
  }

  static String quoted(String text) {
    try {
      return YAML.writeValueAsString(text).strip();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string is always YAML", e);
    }
  }
}
