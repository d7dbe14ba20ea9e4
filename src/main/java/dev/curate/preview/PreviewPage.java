package dev.curate.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A draft as one HTML page for the editor to look at: the Markdown through CommonMark, in a plain
 * article layout (the stylesheet is in the page), with its charts inside the page and its HTML
 * comments shown as notes ({@link PreviewNodes}).
 *
 * <p>The page needs nothing but itself: its Content-Security-Policy allows no request but {@code
 * data:} images, so even an image the editor added by hand cannot make it reach the network, and no
 * script runs.
 */
public final class PreviewPage {
  private static final String STYLESHEET = "preview/page.css";
  private static final Pattern FRONT_MATTER =
      Pattern.compile("(?s)\\A---\\r?\\n(.*?\\r?\\n)?---\\r?\\n");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

  private static final Parser PARSER = Parser.builder().build();

  private final String stylesheet;

  public PreviewPage() {
    this.stylesheet = resource(STYLESHEET);
  }

  /**
   * @param source names the draft in the page's top bar, e.g. its path
   * @param markdown the draft
   * @param images the images beside the draft its links name
   */
  public String render(String source, String markdown, LocalImages images) {
    String body = markdown;
    String frontMatter = null;
    Matcher front = FRONT_MATTER.matcher(markdown);
    if (front.find()) {
      frontMatter = front.group(1) == null ? "" : front.group(1);
      body = markdown.substring(front.end());
    }
    Node document = PARSER.parse(body);
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .sanitizeUrls(true)
            .nodeRendererFactory(context -> new PreviewNodes(context, images))
            .build();
    String title = firstHeading(document);
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n")
        .append("<html lang=\"")
        .append(CJK.matcher(title).find() ? "zh" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing from the network, no script; data: images (the charts) and this page's style.
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action"
                + " 'none'\">\n")
        .append("<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">\n")
        // No favicon request either.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(stylesheet)
        .append("</style>\n</head>\n<body>\n")
        .append("<header class=\"preview-bar\">Preview of <code>")
        .append(escape(source))
        .append("</code>: the editor's places are the yellow notes; remote images are links")
        .append(" here.</header>\n<main>\n<article>\n");
    if (frontMatter != null) {
      page.append("<details class=\"front-matter\"><summary>Front matter</summary><pre>")
          .append(escape(frontMatter))
          .append("</pre></details>\n");
    }
    page.append(renderer.render(document)).append("</article>\n</main>\n</body>\n</html>\n");
    return page.toString();
  }

  /** The text of the draft's first heading (its title), or "Draft" when it has none. */
  private static String firstHeading(Node document) {
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          private boolean inside;
          private boolean done;

          @Override
          public void visit(Heading heading) {
            if (!done) {
              inside = true;
              visitChildren(heading);
              inside = false;
              done = true;
            }
          }

          @Override
          public void visit(Text t) {
            if (inside) {
              text.append(t.getLiteral());
            }
          }

          @Override
          public void visit(Code code) {
            if (inside) {
              text.append(code.getLiteral());
            }
          }

          @Override
          public void visit(HtmlInline html) {
            if (inside) {
              text.append(html.getLiteral()); // the page shows it as written, so does the title
            }
          }
        });
    String title = text.toString().strip();
    return title.isEmpty() ? "Draft" : title;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = PreviewPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
