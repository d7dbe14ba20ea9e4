package dev.curate.enrich;

import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The first paragraph of real prose in a README, as plain text: what the project says it is, in its
 * own words, for the editor to start from.
 *
 * <p>Only top-level paragraphs count. Headings, HTML blocks (centred logos, {@code <p
 * align="center">} taglines), code, block quotes (usually notices), lists (tables of contents) and
 * rules are skipped, and so are paragraphs that are not prose: rows of badges, lines of links
 * ("Docs | Paper | Demo"), language switchers, and tables (which CommonMark without the GFM
 * extension parses as paragraphs; we recognise their delimiter row in the source).
 */
public final class ReadmeParagraph {
  /** Fewer words than this outside links is a label, a switcher or a link row, not prose. */
  static final int MIN_WORDS = 4;

  /** Text without spaces (Chinese, Japanese) counts characters instead of words. */
  static final int MIN_CJK_CHARS = 12;

  private static final Pattern TABLE_DELIMITER_ROW =
      Pattern.compile(
          "^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)+\\|?\\s*$|^\\s*\\|\\s*:?-{1,}:?\\s*\\|\\s*$");
  private static final Pattern ADORNMENT = Pattern.compile("\\s*([!-/:-@\\[-`{-~])\\1{2,}\\s*");
  private static final Pattern RST_EXPLICIT_MARKUP =
      Pattern.compile("\\s*\\.\\.\\s+(?:\\S+::|[_|]).*");
  // Markup Rst left in a paragraph it did not understand: shown, it would read as prose.
  private static final Pattern RST_LEFTOVER = Pattern.compile("::|^\\.\\.|\\|\\S[^|]*\\||`");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
  private static final Pattern CJK =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

  private ReadmeParagraph() {}

  /**
   * The first paragraph of a README in the markup its format says: Markdown and plain text with
   * CommonMark, reStructuredText with {@link Rst}. Any other markup gives none: curate cannot tell
   * its prose from its markup, and a draft must never show markup as prose.
   */
  public static Optional<String> first(Readme readme) {
    if (readme == null) {
      return Optional.empty();
    }
    ReadmeFormat format = ReadmeMarkup.of(readme);
    if (ReadmeMarkup.isMarkdown(format)) {
      return first(readme.text());
    }
    if (format == ReadmeFormat.RESTRUCTURED_TEXT) {
      return firstOfRst(readme.text());
    }
    return Optional.empty();
  }

  /**
   * The paragraph of a Markdown README, on one line; empty when it has none (only code, only a
   * table, null).
   */
  public static Optional<String> first(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return Optional.empty();
    }
    for (Node block = Markdown.parse(markdown).getFirstChild();
        block != null;
        block = block.getNext()) {
      if (block instanceof Paragraph p
          && !hasLineLike(p, markdown, TABLE_DELIMITER_ROW)
          && !hasLineLike(p, markdown, ADORNMENT)
          && !hasLineLike(p, markdown, RST_EXPLICIT_MARKUP)
          && isProse(p)) {
        return Optional.of(PlainText.singleLine(Markdown.textOf(p))).filter(s -> !s.isEmpty());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstOfRst(String rst) {
    return Rst.blocks(rst).stream()
        .filter(
            b ->
                b.kind() == Rst.Kind.PARAGRAPH
                    && isProse(b.text())
                    && !RST_LEFTOVER.matcher(b.text()).find())
        .map(b -> PlainText.singleLine(b.text()))
        .filter(s -> !s.isEmpty())
        .findFirst();
  }

  /**
   * A table's delimiter row (CommonMark without the GFM extension parses tables as paragraphs); or,
   * in a README that is not Markdown after all, reStructuredText: a line of one repeated
   * punctuation character (a title's over- or underline, PRAW's {@code ####...}) or explicit markup
   * ({@code .. image::}).
   */
  private static boolean hasLineLike(Paragraph p, String markdown, Pattern pattern) {
    for (SourceSpan span : p.getSourceSpans()) {
      int from = span.getInputIndex();
      String line = markdown.substring(from, Math.min(markdown.length(), from + span.getLength()));
      if (pattern.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Prose has words of its own, outside links and code: a badge row or a link row has none. */
  private static boolean isProse(Paragraph p) {
    return isProse(ownText(p));
  }

  private static boolean isProse(String own) {
    long words = WORD.matcher(own).results().count();
    long cjk = CJK.matcher(own).results().count();
    return words >= MIN_WORDS || cjk >= MIN_CJK_CHARS;
  }

  private static String ownText(Paragraph p) {
    StringBuilder out = new StringBuilder();
    p.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral()).append(' ');
          }

          @Override
          public void visit(Link link) {
            // the words of a link are its target's name, not the paragraph's prose
          }

          @Override
          public void visit(Code code) {
            // `pip install x` is not prose
          }
        });
    return out.toString();
  }
}
