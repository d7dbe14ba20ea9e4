package dev.curate.enrich;

import dev.curate.enrich.ProjectLink.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The demo, project-page, website and documentation links of a README, found by what their text
 * says ("Demo", "Project Page", "Website", "Docs"), or, for a link whose text is only its URL, by
 * the label just before it ("Audio samples: https://…"). Badges (links around an image) are not
 * links to read, and links back into the repository itself, to badge and CI services or to paper
 * archives (those are {@link PaperLinks}) are left out. Markdown links and HTML {@code <a href>}
 * both count, because academic READMEs often centre their links in HTML.
 */
public final class ProjectLinks {
  // Checked in this order: "project page" before "page", "docs" before "website". Chinese terms
  // need no word boundaries (CJK text has no spaces), English ones do ("demographics").
  private static final List<Map.Entry<Kind, Pattern>> KINDS =
      List.of(
          Map.entry(
              Kind.DEMO,
              kind(
                  "(?:live |online |web |interactive )?demos?(?: page| site)?|try it(?: online| out)?"
                      + "|playground|colab|audio samples|samples page|web app",
                  "演示|试用")),
          Map.entry(
              Kind.PROJECT_PAGE,
              kind("project (?:page|website|site|homepage|home page)", "项目主页|项目网站")),
          Map.entry(
              Kind.DOCS,
              kind(
                  "docs|documentation|user guide|api reference|reference manual|read the docs",
                  "文档")),
          Map.entry(
              Kind.WEBSITE,
              kind("(?:official )?(?:website|web site|homepage|home page)", "官网|主页|网站")));
  // Services whose links in a README are status badges, not places to send readers.
  private static final Set<String> BADGE_HOSTS =
      Set.of(
          "img.shields.io",
          "shields.io",
          "badge.fury.io",
          "travis-ci.org",
          "travis-ci.com",
          "circleci.com",
          "codecov.io",
          "coveralls.io",
          "pepy.tech",
          "app.codacy.com",
          "badgen.net");
  private static final Set<String> PAPER_HOSTS =
      Set.of(
          "arxiv.org", "doi.org", "dx.doi.org", "openreview.net", "aclanthology.org", "aclweb.org");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("(?is)<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\\s*>");
  private static final Pattern HTML_OPEN_ANCHOR =
      Pattern.compile("(?is)<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>");
  private static final Pattern HTML_CLOSE_ANCHOR = Pattern.compile("(?i)</a\\s*>");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BARE_URL =
      Pattern.compile("(?i)\\bhttps?://[^\\s<>()\\[\\]]+[^\\s<>()\\[\\].,;:!?'\"]");
  private static final int LABEL_WORDS = 4;

  private ProjectLinks() {}

  /**
   * @param markdown the README's Markdown source; null gives no links
   * @param repoFullName {@code owner/name} of the repository the README belongs to
   */
  public static List<ProjectLink> in(String markdown, String repoFullName) {
    if (markdown == null || markdown.isBlank()) {
      return List.of();
    }
    String self = repoFullName == null ? "" : repoFullName.toLowerCase(Locale.ROOT);
    List<Candidate> candidates = new ArrayList<>();
    Markdown.parse(markdown).accept(new Collector(candidates));
    Map<String, ProjectLink> links = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      classify(c)
          .filter(kind -> worthKeeping(c.url(), self))
          .ifPresent(
              kind ->
                  links.putIfAbsent(normalised(c.url()), new ProjectLink(kind, c.text(), c.url())));
    }
    return List.copyOf(links.values());
  }

  private static Optional<Kind> classify(Candidate c) {
    Optional<Kind> byText = kindOf(c.text());
    return byText.isPresent() || !looksLikeUrl(c.text()) ? byText : kindOf(c.label());
  }

  private static Optional<Kind> kindOf(String label) {
    String text = PlainText.singleLine(label).toLowerCase(Locale.ROOT);
    for (Map.Entry<Kind, Pattern> kind : KINDS) {
      if (kind.getValue().matcher(text).find()) {
        return Optional.of(kind.getKey());
      }
    }
    return Optional.empty();
  }

  private static boolean worthKeeping(String url, String self) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host =
        uri.getHost() == null
            ? ""
            : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    if (!scheme.equals("http") && !scheme.equals("https") || host.isEmpty()) {
      return false; // relative links point into the repository itself
    }
    String hostAndPath = host + (uri.getPath() == null ? "" : uri.getPath());
    if (BADGE_HOSTS.stream().anyMatch(h -> hostAndPath.startsWith(h))
        || PAPER_HOSTS.contains(host)) {
      return false;
    }
    return !self.equals(GitHubRepoLinks.repoOf(url));
  }

  private static String normalised(String url) {
    return url.strip().replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeUrl(String text) {
    return text.isBlank() || text.strip().matches("(?i)(https?://|www\\.)\\S*");
  }

  /**
   * The few words before a link, from the end of the text before it: "Audio samples:" → "audio
   * samples".
   */
  private static String lastWords(String before) {
    String[] words = PlainText.singleLine(before).split(" ");
    int from = Math.max(0, words.length - LABEL_WORDS);
    return String.join(" ", List.of(words).subList(from, words.length));
  }

  private static Pattern kind(String english, String chinese) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + english + ")(?![\\p{L}\\p{N}])|" + chinese);
  }

  /** A link as the README has it, with what precedes it on its line and the section it is in. */
  private record Candidate(String text, String url, String before, String heading) {
    /** The words that say what the link is when its own text is only its URL. */
    String label() {
      String line = lastWords(before);
      return line.isBlank() ? heading : line;
    }
  }

  /**
   * Walks the AST: Markdown links, HTML anchors (whole in an HTML block, or split over inline HTML
   * tags and text in a paragraph), and bare URLs after a label in plain text.
   */
  private static final class Collector extends AbstractVisitor {
    private final List<Candidate> into;
    private final StringBuilder lineSoFar = new StringBuilder();
    private String heading = "";
    private String openHref;
    private StringBuilder openText;
    private boolean openHasImage;

    Collector(List<Candidate> into) {
      this.into = into;
    }

    @Override
    public void visit(Heading h) {
      heading = Markdown.textOf(h);
    }

    @Override
    public void visit(Paragraph paragraph) {
      lineSoFar.setLength(0);
      visitChildren(paragraph);
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      lineSoFar.setLength(0);
    }

    @Override
    public void visit(Link link) {
      String text = Markdown.textOf(link);
      if (!containsImage(link)) {
        into.add(new Candidate(text, link.getDestination(), lineSoFar.toString(), heading));
      }
      lineSoFar.append(' ').append(text);
    }

    @Override
    public void visit(Image image) {
      openHasImage = true;
    }

    @Override
    public void visit(Text text) {
      String literal = text.getLiteral();
      if (openText != null) {
        openText.append(literal);
        return;
      }
      Matcher url = BARE_URL.matcher(literal);
      while (url.find()) {
        into.add(
            new Candidate(
                url.group(), url.group(), lineSoFar + literal.substring(0, url.start()), heading));
      }
      lineSoFar.append(literal);
    }

    @Override
    public void visit(HtmlBlock html) {
      Matcher a = HTML_ANCHOR.matcher(html.getLiteral());
      while (a.find()) {
        if (!a.group(2).toLowerCase(Locale.ROOT).contains("<img")) {
          into.add(
              new Candidate(
                  HTML_TAG.matcher(a.group(2)).replaceAll(" "), unescape(a.group(1)), "", heading));
        }
      }
    }

    @Override
    public void visit(HtmlInline html) {
      String tag = html.getLiteral();
      Matcher open = HTML_OPEN_ANCHOR.matcher(tag);
      if (open.matches()) {
        openHref = unescape(open.group(1));
        openText = new StringBuilder();
        openHasImage = false;
      } else if (openText != null && HTML_CLOSE_ANCHOR.matcher(tag).matches()) {
        if (!openHasImage) {
          into.add(new Candidate(openText.toString(), openHref, lineSoFar.toString(), heading));
        }
        lineSoFar.append(' ').append(openText);
        openText = null;
      } else if (tag.regionMatches(true, 0, "<img", 0, 4)) {
        openHasImage = true;
      }
    }

    /** Only the entity READMEs really put in URLs. */
    private static String unescape(String href) {
      return href.replace("&amp;", "&");
    }

    private static boolean containsImage(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Image
            || child instanceof HtmlInline h && h.getLiteral().regionMatches(true, 0, "<img", 0, 4)
            || containsImage(child)) {
          return true;
        }
      }
      return false;
    }
  }
}
