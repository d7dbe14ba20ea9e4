package dev.curate.enrich;

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
 * The first paragraph of real prose in a README, as plain text: what the project says it is, in
 * its own words, for the editor to start from.
 *
 * <p>Only top-level paragraphs count. Headings, HTML blocks (centred logos, {@code <p
 * align="center">} taglines), code, block quotes (usually notices), lists (tables of contents)
 * and rules are skipped, and so are paragraphs that are not prose: rows of badges, lines of links
 * ("Docs | Paper | Demo"), language switchers, and tables (which CommonMark without the GFM
 * extension parses as paragraphs; we recognise their delimiter row in the source).
 */
public final class ReadmeParagraph {
  /** Fewer words than this outside links is a label, a switcher or a link row, not prose. */
  static final int MIN_WORDS = 4;
  /** Text without spaces (Chinese, Japanese) counts characters instead of words. */
  static final int MIN_CJK_CHARS = 12;

  private static final Pattern TABLE_DELIMITER_ROW =
      Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)+\\|?\\s*$|^\\s*\\|\\s*:?-{1,}:?\\s*\\|\\s*$");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

  private ReadmeParagraph() {}

  /** The paragraph, on one line; empty when the README has none (only code, only a table, null). */
  public static Optional<String> first(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return Optional.empty();
    }
    for (Node block = Markdown.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Paragraph p && !isTable(p, markdown) && isProse(p)) {
        return Optional.of(PlainText.singleLine(Markdown.textOf(p))).filter(s -> !s.isEmpty());
      }
    }
    return Optional.empty();
  }

  private static boolean isTable(Paragraph p, String markdown) {
    for (SourceSpan span : p.getSourceSpans()) {
      int from = span.getInputIndex();
      String line = markdown.substring(from, Math.min(markdown.length(), from + span.getLength()));
      if (TABLE_DELIMITER_ROW.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Prose has words of its own, outside links and code: a badge row or a link row has none. */
  private static boolean isProse(Paragraph p) {
    String own = ownText(p);
    long words = WORD.matcher(own).results().count();
    long cjk = CJK.matcher(own).results().count();
    return words >= MIN_WORDS || cjk >= MIN_CJK_CHARS;
  }

  private static String ownText(Paragraph p) {
    StringBuilder out = new StringBuilder();
    p.accept(new AbstractVisitor() {
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
