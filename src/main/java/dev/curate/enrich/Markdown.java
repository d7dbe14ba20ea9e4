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
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(Image image) {
            // an image's alt text is not prose ("build passing", "logo")
          }

          @Override
          public void visit(HtmlInline html) {
            // tags only; the text between them is visited as Text
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append(' ');
          }
        });
    return out.toString();
  }
}
