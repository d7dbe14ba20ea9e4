package dev.curate.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a reStructuredText README, block by block, with its markup taken out
 * (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html). Not a full parser: it knows
 * enough of the syntax to leave out everything that is not prose, and leaves out whatever it does
 * not recognise rather than show it.
 *
 * <ul>
 *   <li>section titles: the title line is kept as a {@link Kind#TITLE}, its over- and underlines
 *       (PRAW's README opens with a line of {@code #} above and below its title) never;
 *   <li>explicit markup ({@code .. image::}, {@code .. code-block::}, {@code .. _target:}, {@code
 *       .. |badge| image::}, comments) with everything indented under it;
 *   <li>literal blocks (after {@code ::}), block quotes, tables, field lists and transitions;
 *   <li>inside prose: {@code `text <url>`_} keeps its text, {@code |substitution|} references go,
 *       {@code ``literal``}, {@code :role:`text`}, {@code *emphasis*} and references ({@code
 *       word_}) keep their words.
 * </ul>
 */
final class Rst {
  enum Kind {
    TITLE,
    PARAGRAPH,
    LIST_ITEM
  }

  /**
   * @param text one line of prose, markup removed
   */
  record Block(Kind kind, String text) {}

  // A line of one punctuation character repeated: a title's over- or underline, or a transition.
  private static final Pattern ADORNMENT = Pattern.compile("([!-/:-@\\[-`{-~])\\1{2,}\\s*");
  private static final Pattern EXPLICIT_MARKUP = Pattern.compile("\\.\\.(\\s.*)?");
  private static final Pattern FIELD = Pattern.compile(":[^:\\s][^:]*:(\\s.*)?");
  private static final Pattern TABLE_OR_LINE_BLOCK =
      Pattern.compile("(\\+[-=+]+\\+|\\|.*|=+( +=+)+)\\s*");
  private static final Pattern BULLET =
      Pattern.compile("([-*+•‣⁃]|\\d+[.)]|#[.)]|\\(\\d+\\)|[A-Za-z][.)])\\s+(.*)");

  private static final Pattern LITERAL = Pattern.compile("``(.+?)``");
  private static final Pattern ROLE_BEFORE = Pattern.compile(":[\\w.+-]+:`([^`]*)`");
  private static final Pattern ROLE_AFTER = Pattern.compile("`([^`]*)`:[\\w.+-]+:");
  private static final Pattern HYPERLINK = Pattern.compile("`([^`<]*?)\\s*<[^>`]*>`_{0,2}");
  private static final Pattern INTERPRETED = Pattern.compile("`([^`]+)`_{0,2}");
  private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\s?\\[(#\\w*|\\*|\\d+)\\]_");
  private static final Pattern SUBSTITUTION =
      Pattern.compile("\\|[^|\\s](?:[^|]*[^|\\s])?\\|_{0,2}");
  private static final Pattern REFERENCE = Pattern.compile("(?<=\\w)_{1,2}(?=[\\s.,;:!?)'\"]|$)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\s][^*]*)\\*");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
  private static final Pattern SET_ASIDE = Pattern.compile("\u0000(\\d+)\u0000");

  private final List<String> lines;
  private final List<Block> blocks = new ArrayList<>();

  private Rst(String text) {
    this.lines = text.replace("\t", "        ").lines().toList();
  }

  /** The prose blocks of the text, in order. */
  static List<Block> blocks(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Rst rst = new Rst(text);
    rst.read();
    return List.copyOf(rst.blocks);
  }

  private void read() {
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
      } else if (indent(line) > 0) {
        i = skipIndented(i); // a block quote, or the rest of a literal block
      } else if (EXPLICIT_MARKUP.matcher(line).matches()) {
        i = skipIndented(i + 1);
      } else if (ADORNMENT.matcher(line).matches()) {
        i = overlinedTitle(i);
      } else {
        i = paragraph(i);
      }
    }
  }

  /**
   * An overline, its title and its underline; a lone adornment is a transition. Returns the next
   * line.
   */
  private int overlinedTitle(int i) {
    if (i + 2 < lines.size()
        && !lines.get(i + 1).isBlank()
        && ADORNMENT.matcher(lines.get(i + 2)).matches()) {
      add(Kind.TITLE, lines.get(i + 1));
      return i + 3;
    }
    return i + 1;
  }

  /**
   * The lines up to the next blank one, as a title, list items or a paragraph. Returns the next
   * line.
   */
  private int paragraph(int from) {
    int end = from;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      end++;
    }
    List<String> block = lines.subList(from, end);
    String first = block.get(0);
    if (block.size() == 2 && ADORNMENT.matcher(block.get(1)).matches()) {
      add(Kind.TITLE, first);
    } else if (TABLE_OR_LINE_BLOCK.matcher(first).matches() || FIELD.matcher(first).matches()) {
      return end; // a table, a line block or a field list (the document's author, version...)
    } else if (BULLET.matcher(first).matches()) {
      listItems(block);
    } else {
      String text =
          String.join(" ", block.stream().filter(l -> !ADORNMENT.matcher(l).matches()).toList());
      add(Kind.PARAGRAPH, literalBlockMarker(text));
    }
    return end;
  }

  /** Items start at a bullet or number in the first column; indented lines continue them. */
  private void listItems(List<String> block) {
    StringBuilder item = null;
    for (String line : block) {
      var bullet = BULLET.matcher(line);
      if (indent(line) == 0 && bullet.matches()) {
        if (item != null) {
          add(Kind.LIST_ITEM, literalBlockMarker(item.toString()));
        }
        item = new StringBuilder(bullet.group(2));
      } else if (item != null) {
        item.append(' ').append(line.strip());
      }
    }
    if (item != null) {
      add(Kind.LIST_ITEM, literalBlockMarker(item.toString()));
    }
  }

  /** "Run::" introduces a literal block and reads "Run:"; a lone "::" reads as nothing. */
  private static String literalBlockMarker(String text) {
    String t = text.stripTrailing();
    if (!t.endsWith("::")) {
      return t;
    }
    String before = t.substring(0, t.length() - 2);
    return before.endsWith(" ") || before.isEmpty() ? before.stripTrailing() : before + ":";
  }

  /**
   * Skips the lines indented under a construct (and blank lines among them). Returns the next line.
   */
  private int skipIndented(int from) {
    int i = from;
    while (i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) > 0)) {
      i++;
    }
    return i;
  }

  private void add(Kind kind, String raw) {
    String text = inline(raw);
    if (!text.isEmpty()) {
      blocks.add(new Block(kind, text));
    }
  }

  /** The words a reader sees of a line of inline markup. */
  static String inline(String raw) {
    // Literals and escaped characters are set aside first, so that the rules below leave
    // "__init__", "a*b" or "\\*" alone.
    List<String> asides = new ArrayList<>();
    String s =
        LITERAL
            .matcher(raw.strip().replace("\u0000", ""))
            .replaceAll(m -> aside(asides, m.group(1)));
    s = ESCAPE.matcher(s).replaceAll(m -> aside(asides, m.group(1)));
    s = ROLE_BEFORE.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s = ROLE_AFTER.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s = HYPERLINK.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s = INTERPRETED.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s = FOOTNOTE_REFERENCE.matcher(s).replaceAll("");
    s = SUBSTITUTION.matcher(s).replaceAll("");
    s = REFERENCE.matcher(s).replaceAll("");
    s = STRONG.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s = EMPHASIS.matcher(s).replaceAll(m -> quoteReplacement(m.group(1)));
    s =
        SET_ASIDE
            .matcher(s)
            .replaceAll(m -> quoteReplacement(asides.get(Integer.parseInt(m.group(1)))));
    return s.replaceAll("\\s{2,}", " ").strip();
  }

  private static String aside(List<String> asides, String text) {
    asides.add(text);
    return "\u0000" + (asides.size() - 1) + "\u0000";
  }

  private static String quoteReplacement(String s) {
    return java.util.regex.Matcher.quoteReplacement(s);
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
