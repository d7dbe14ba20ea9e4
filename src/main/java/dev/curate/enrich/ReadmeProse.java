package dev.curate.enrich;

import dev.curate.model.Readme;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * What a README says in words, for telling what a repository is about: its titles, paragraphs and
 * list items, without the markup around them. Images and badges, HTML, code (blocks and spans),
 * reStructuredText directives and substitutions, and every URL are taken out, because their words
 * are not the project's: a badge line {@code .. image::} says "image", a Slack invite {@code
 * zt-3d5…} says "3d", and either filed PRAW under computer vision.
 *
 * <p>Markdown and plain text are read with CommonMark, reStructuredText with {@link Rst}; a README
 * in another markup (Org, AsciiDoc, Textile...) has no prose curate can vouch for.
 */
public final class ReadmeProse {
  // A URL with a scheme or www., and a scheme-less host/path such as join.slack.com/t/...
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:)\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/\\S*");

  private ReadmeProse() {}

  /** The README's prose, blocks on lines of their own; null when it has none (or is null). */
  public static String of(Readme readme) {
    if (readme == null) {
      return null;
    }
    String prose =
        switch (ReadmeMarkup.of(readme)) {
          case MARKDOWN, PLAIN_TEXT -> markdown(readme.text());
          case RESTRUCTURED_TEXT ->
              Rst.blocks(readme.text()).stream()
                  .map(Rst.Block::text)
                  .collect(Collectors.joining("\n"));
          default -> "";
        };
    String withoutUrls = URL.matcher(prose).replaceAll(" ").strip();
    return withoutUrls.isEmpty() ? null : withoutUrls;
  }

  private static String markdown(String text) {
    // Code spans are left out: `pip install x` is not prose. Code and HTML blocks hold literals,
    // not Text nodes, so they add nothing.
    Markdown.TextCollector prose =
        new Markdown.TextCollector(false) {
          @Override
          public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            endLine();
          }

          @Override
          public void visit(Heading heading) {
            visitChildren(heading);
            endLine();
          }

          @Override
          public void visit(ListItem item) {
            visitChildren(item);
            endLine();
          }

          @Override
          public void visit(BlockQuote quote) {
            visitChildren(quote);
            endLine();
          }
        };
    Markdown.parse(text).accept(prose);
    return prose.text();
  }
}
