package dev.curate.model;

import java.util.Locale;

/**
 * The markup a README is written in, known from its file name as GitHub renders it (github/markup:
 * {@code .md} as Markdown, {@code .rst} as reStructuredText, a name without an extension or {@code
 * .txt} as plain text...). Only Markdown and reStructuredText are excerpted and read for prose; the
 * others are kept but never shown as prose, so that markup never is.
 */
public enum ReadmeFormat {
  MARKDOWN("markdown"),
  RESTRUCTURED_TEXT("rst"),
  PLAIN_TEXT("text"),
  ORG("org"),
  ASCIIDOC("asciidoc"),
  /** Textile, RDoc, POD, MediaWiki, Creole, HTML...: nothing curate can read as prose. */
  OTHER("other"),
  /** Stored before curate kept the format: the text has to say what it is. */
  UNKNOWN("unknown");

  private final String key;

  ReadmeFormat(String key) {
    this.key = key;
  }

  /** How the store keeps it. */
  public String key() {
    return key;
  }

  /** The format of a stored key; {@link #UNKNOWN} for null or a key this curate does not know. */
  public static ReadmeFormat ofKey(String key) {
    for (ReadmeFormat f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return UNKNOWN;
  }

  /**
   * The format of a README by its path or file name, e.g. {@code README.rst} or {@code
   * docs/README.md}.
   */
  public static ReadmeFormat ofPath(String path) {
    if (path == null || path.isBlank()) {
      return UNKNOWN;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "md", "markdown", "mdown", "mkdn", "mkd", "mdwn", "mdtxt", "mdtext" -> MARKDOWN;
      case "rst", "rest" -> RESTRUCTURED_TEXT;
      case "", "txt", "text" -> PLAIN_TEXT;
      case "org" -> ORG;
      case "adoc", "asciidoc", "asc" -> ASCIIDOC;
      default -> OTHER;
    };
  }
}
