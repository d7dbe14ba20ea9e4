package dev.curate.model;

/**
 * A repository's README as GitHub answered it.
 *
 * @param path the file GitHub took as the README, e.g. {@code README.rst}; null when not known
 * @param format its markup, from {@code path} ({@link ReadmeFormat#ofPath})
 * @param text the file's text, decoded (raw, untrusted)
 */
public record Readme(String path, ReadmeFormat format, String text) {
  public Readme {
    format = format == null ? ReadmeFormat.UNKNOWN : format;
    text = text == null ? "" : text;
  }

  /** A README named {@code path}, its format told by the name. */
  public static Readme named(String path, String text) {
    return new Readme(path, ReadmeFormat.ofPath(path), text);
  }
}
