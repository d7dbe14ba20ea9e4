package dev.curate.enrich;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one CommonMark parser of the extractors (immutable, so shared), and the text of a node. */
final class Markdown {
  // Block source spans let ReadmeParagraph look at a paragraph's raw lines (tables parse as
  // paragraphs without the GFM extension).
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private Markdown() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * The text a reader sees in a node: link texts and code spans kept, images and inline HTML
   * (badges, {@code <br>}, {@code <img>}) dropped, line breaks as spaces; not yet cleaned.
   */
  static String textOf(Node node) {
    TextCollector text = new TextCollector(true);
    node.accept(text);
    return text.text();
  }

  /**
   * Collects the Text nodes a reader sees. Images are skipped (an alt text is "build passing",
   * "logo"), inline HTML too (tags only; the text between them is visited as Text), line breaks
   * become spaces; code spans are kept or skipped as asked.
   */
  static class TextCollector extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();
    private final boolean keepCode;

    TextCollector(boolean keepCode) {
      this.keepCode = keepCode;
    }

    String text() {
      return out.toString();
    }

    /** Ends a block: block-aware collectors put each block on a line of its own. */
    void endLine() {
      out.append('\n');
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      if (keepCode) {
        out.append(code.getLiteral());
      }
    }

    @Override
    public void visit(Image image) {}

    @Override
    public void visit(HtmlInline html) {}

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append(' ');
    }
  }
}
