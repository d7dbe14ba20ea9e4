package dev.curate.draft;

import java.util.LinkedHashSet;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** What a CommonMark reader makes of Markdown: the text it shows, and the kinds of node it saw. */
final class CommonMarkText {
  private static final Parser PARSER = Parser.builder().build();

  private CommonMarkText() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The text a reader sees; line breaks read as spaces. */
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

  /** The simple names of every node type in the tree, e.g. Document, Paragraph, Text. */
  static Set<String> nodeTypes(Node node) {
    Set<String> types = new LinkedHashSet<>();
    collect(node, types);
    return types;
  }

  private static void collect(Node node, Set<String> types) {
    types.add(node.getClass().getSimpleName());
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, types);
    }
  }
}
