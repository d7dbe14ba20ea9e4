package dev.curate.preview;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * How the preview differs from plain CommonMark HTML, so that the page opens without the network
 * and shows what the editor must still do:
 *
 * <ul>
 *   <li>an image beside the draft (a star chart) is put into the page as a {@code data:} URI; a
 *       remote one (GitHub's social preview) is shown as a link, never loaded;
 *   <li>an HTML comment is a visible note: {@code <!-- EDITOR: ... -->} an editor's place, any
 *       other (the fetch's coverage) a note from curate; the draft's own hash marker is dropped;
 *   <li>any other raw HTML is shown as its source, not run: the page stays self-contained whatever
 *       the draft holds.
 * </ul>
 */
final class PreviewNodes implements NodeRenderer {
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--(.*?)-->");
  private static final Pattern EDITOR = Pattern.compile("(?s)\\s*EDITOR:\\s*(.*?)\\s*");
  private static final Pattern MARKER = Pattern.compile("\\s*curate-draft sha256=[0-9a-f]{64}\\s*");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final LocalImages images;

  PreviewNodes(HtmlNodeRendererContext context, LocalImages images) {
    this.context = context;
    this.html = context.getWriter();
    this.images = images;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Image.class, HtmlBlock.class, HtmlInline.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof Image image) {
      image(image);
    } else if (node instanceof HtmlBlock block) {
      html(block.getLiteral(), true);
    } else if (node instanceof HtmlInline inline) {
      html(inline.getLiteral(), false);
    }
  }

  private void image(Image image) {
    String destination = image.getDestination();
    String alt = altText(image);
    if (SCHEME.matcher(destination).find() || destination.startsWith("//")) {
      remoteImage(image, destination, alt);
      return;
    }
    Optional<LocalImage> local = images.find(destination);
    if (local.isEmpty()) {
      note("missing-image", "Image not found beside the draft: " + destination, false);
      return;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(
        "src",
        "data:"
            + local.get().mediaType()
            + ";base64,"
            + Base64.getEncoder().encodeToString(local.get().bytes()));
    attributes.put("alt", alt);
    if (image.getTitle() != null) {
      attributes.put("title", image.getTitle());
    }
    html.tag("img", context.extendAttributes(image, "img", attributes), true);
  }

  /**
   * A link to it (unless it is inside one already), and why it is not shown: the page must load
   * nothing from the network.
   */
  private void remoteImage(Image image, String destination, String alt) {
    html.tag("span", Map.of("class", "remote-image"));
    html.text("Image, not loaded in the preview: ");
    boolean linked = insideLink(image);
    if (!linked) {
      html.tag("a", Map.of("href", context.urlSanitizer().sanitizeLinkUrl(destination)));
    }
    html.text(alt.isBlank() ? destination : alt);
    if (!linked) {
      html.tag("/a");
    }
    html.tag("/span");
  }

  private static boolean insideLink(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Link) {
        return true;
      }
    }
    return false;
  }

  private void html(String literal, boolean block) {
    String rest = literal.strip();
    Matcher comment = COMMENT.matcher(rest);
    int end = 0;
    while (comment.find() && rest.substring(end, comment.start()).isBlank()) {
      comment(comment.group(1), block);
      end = comment.end();
    }
    String other = rest.substring(end).strip();
    if (!other.isEmpty()) {
      // Raw HTML of the editor's own: shown, not run.
      html.tag(block ? "pre" : "code", Map.of("class", "raw-html"));
      html.text(other);
      html.tag(block ? "/pre" : "/code");
      if (block) {
        html.line();
      }
    }
  }

  private void comment(String body, boolean block) {
    if (MARKER.matcher(body).matches()) {
      return;
    }
    Matcher editor = EDITOR.matcher(body);
    if (editor.matches()) {
      note("note editor", editor.group(1), block, "Editor");
    } else {
      note("note curate", body.strip(), block, "curate");
    }
  }

  private void note(String cssClass, String text, boolean block) {
    html.tag(block ? "p" : "span", Map.of("class", cssClass));
    html.text(text);
    html.tag(block ? "/p" : "/span");
    if (block) {
      html.line();
    }
  }

  private void note(String cssClass, String text, boolean block, String label) {
    html.tag(block ? "aside" : "span", Map.of("class", cssClass));
    html.tag("span", Map.of("class", "note-label"));
    html.text(label);
    html.tag("/span");
    html.text(" " + text);
    html.tag(block ? "/aside" : "/span");
    if (block) {
      html.line();
    }
  }

  private static String altText(Node image) {
    StringBuilder text = new StringBuilder();
    image.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak b) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak b) {
            text.append(' ');
          }
        });
    return text.toString();
  }
}
