package dev.curate.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the papers a text cites (a README's Markdown, a description, a Reddit post), in order of
 * first appearance, each once.
 *
 * <ul>
 *   <li>arXiv: {@code arxiv.org/abs|pdf|html/<id>[vN][.pdf]} and {@code arXiv:<id>} in prose, for
 *       new ids ({@code 1811.00002}, since 2007; five digits after the dot since 2015) and old ones
 *       ({@code hep-th/9901001}, {@code math.GT/0309136}); see
 *       https://info.arxiv.org/help/arxiv_identifier.html. Versions are dropped (see {@link
 *       Paper}); arXiv's own DOIs ({@code 10.48550/arXiv.<id>}) count as the arXiv paper.
 *   <li>DOIs ({@code 10.<registrant>/<suffix>}) bare, after {@code doi:}, or in any URL ({@code
 *       doi.org}, publishers' {@code /doi/} pages); trailing punctuation and an unbalanced closing
 *       parenthesis (Markdown's link end) are not part of it.
 *   <li>OpenReview {@code forum?id=} and {@code pdf?id=} links.
 *   <li>ACL Anthology ids on aclanthology.org or the older aclweb.org/anthology, old ({@code
 *       P19-1001}) and new ({@code 2020.acl-main.1}), with or without {@code .pdf}.
 * </ul>
 */
public final class PaperLinks {
  private static final String ARXIV_NEW = "\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5}";
  private static final String ARXIV_OLD = "[a-zA-Z]+(?:-[a-zA-Z]+)*(?:\\.[A-Za-z]{2})?/\\d{7}";
  private static final String ARXIV_ID = "(" + ARXIV_NEW + "|" + ARXIV_OLD + ")(?:v\\d+)?(?!\\d)";

  private static final Pattern ARXIV_URL =
      Pattern.compile("(?i:arxiv\\.org/(?:abs|pdf|html|ps|format)/)" + ARXIV_ID + "(?:\\.pdf)?");
  private static final Pattern ARXIV_TEXT =
      Pattern.compile("(?i:\\barxiv\\s*[:.]?\\s*)" + ARXIV_ID);
  private static final Pattern ARXIV_DOI = Pattern.compile("(?i:10\\.48550/arxiv\\.)" + ARXIV_ID);
  // A DOI suffix may hold almost any printable character, but in practice never whitespace,
  // quotes, <> or [], which is what ends one in Markdown and HTML: "[text](…)", href="…", <…>.
  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"'<>\\[\\]]+)");
  private static final Pattern OPENREVIEW =
      Pattern.compile(
          "(?i:openreview\\.net/(?:forum|pdf)\\?(?:[^\\s\"'<>)]*?&(?:amp;)?)?id=)([A-Za-z0-9_-]+)");
  private static final Pattern ACL =
      Pattern.compile(
          "(?i:(?:aclanthology\\.org|aclweb\\.org/anthology)/(?:[A-Z]/[A-Z]\\d{2}/)?)"
              + "([A-Za-z]\\d{2}-\\d{4}|\\d{4}\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.\\d+)(?!\\d)(?:v\\d+)?(?:\\.pdf)?");

  private PaperLinks() {}

  /** The papers in {@code text}, in order of first appearance; empty for null. */
  public static List<Paper> in(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    collect(ARXIV_URL, text, m -> Paper.arxiv(m.group(1)), found);
    collect(ARXIV_TEXT, text, m -> Paper.arxiv(m.group(1)), found);
    collect(OPENREVIEW, text, m -> Paper.openReview(m.group(1)), found);
    collect(ACL, text, m -> Paper.aclAnthology(aclId(m.group(1))), found);
    Matcher doi = DOI.matcher(text);
    while (doi.find()) {
      String id = trimDoi(doi.group(1));
      if (id.indexOf('/') < id.length() - 1) {
        found.add(new Found(doi.start(1), doi.start(1) + id.length(), fromDoi(id)));
      }
    }
    return distinctInOrder(found);
  }

  private static void collect(
      Pattern pattern, String text, Function<Matcher, Paper> paper, List<Found> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(new Found(m.start(), m.end(), paper.apply(m)));
    }
  }

  /**
   * Earlier matches win, overlapping later ones are the same citation seen twice (a DOI in a
   * doi.org URL).
   */
  private static List<Paper> distinctInOrder(List<Found> found) {
    found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
    Map<String, Paper> papers = new LinkedHashMap<>();
    int covered = 0;
    for (Found f : found) {
      if (f.start() < covered) {
        continue;
      }
      covered = f.end();
      papers.putIfAbsent(f.paper().key(), f.paper());
    }
    return List.copyOf(papers.values());
  }

  private static Paper fromDoi(String doi) {
    Matcher arxiv = ARXIV_DOI.matcher(doi);
    return arxiv.matches() ? Paper.arxiv(arxiv.group(1)) : Paper.doi(doi);
  }

  /** Drops what ends a sentence or a Markdown link rather than the DOI. */
  static String trimDoi(String doi) {
    String s = doi;
    while (!s.isEmpty()) {
      char last = s.charAt(s.length() - 1);
      if (".,;:!?*_`".indexOf(last) >= 0) {
        s = s.substring(0, s.length() - 1);
      } else if (last == ')' && unbalanced(s)) {
        s = s.substring(0, s.length() - 1);
      } else if (s.regionMatches(true, s.length() - 4, ".pdf", 0, 4)) {
        s = s.substring(0, s.length() - 4);
      } else {
        return s;
      }
    }
    return s;
  }

  private static boolean unbalanced(String s) {
    return s.chars().filter(c -> c == ')').count() > s.chars().filter(c -> c == '(').count();
  }

  /**
   * Old ACL ids are upper-case letters (P19-1001); a lower-cased URL must still name the same
   * paper.
   */
  private static String aclId(String id) {
    return Character.isLetter(id.charAt(0))
        ? Character.toUpperCase(id.charAt(0)) + id.substring(1)
        : id;
  }

  private record Found(int start, int end, Paper paper) {}
}
