package dev.curate.enrich;

import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import java.util.regex.Pattern;

/**
 * Which reader a README gets: its format, and for a README stored before curate kept formats, what
 * its text shows. Those were all read as Markdown; a reStructuredText one shows itself by explicit
 * markup at the start of a line ({@code .. image::}, {@code .. _target:}, {@code .. |badge|}) or by
 * a title with an overline, which Markdown has no use for (an overline of {@code -} is left out:
 * that is also YAML front matter's fence).
 */
final class ReadmeMarkup {
  private static final Pattern RST_EXPLICIT_MARKUP =
      Pattern.compile("(?m)^\\.\\. (?:[\\w-]+::|_[^:\\n]+:|\\|[^|\\n]+\\|)");
  private static final Pattern RST_OVERLINED_TITLE =
      Pattern.compile(
          "(?m)^([!-,./:-@\\[-`{-~])\\1{2,}[ \\t]*\\R[^\\r\\n]*\\S[^\\r\\n]*\\R\\1{3,}[ \\t]*$");

  private ReadmeMarkup() {}

  /** The format to read the README as: never {@link ReadmeFormat#UNKNOWN}. */
  static ReadmeFormat of(Readme readme) {
    if (readme.format() != ReadmeFormat.UNKNOWN) {
      return readme.format();
    }
    String text = readme.text();
    return RST_EXPLICIT_MARKUP.matcher(text).find() || RST_OVERLINED_TITLE.matcher(text).find()
        ? ReadmeFormat.RESTRUCTURED_TEXT
        : ReadmeFormat.MARKDOWN;
  }

  /**
   * Markdown, and plain text (which CommonMark reads as paragraphs): what {@link Markdown} can
   * parse.
   */
  static boolean isMarkdown(ReadmeFormat format) {
    return format == ReadmeFormat.MARKDOWN || format == ReadmeFormat.PLAIN_TEXT;
  }
}
