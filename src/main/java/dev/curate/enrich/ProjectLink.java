package dev.curate.enrich;

import java.util.Objects;

/**
 * A link a README offers to something beyond the code: a demo, a project page, a website, the
 * documentation.
 *
 * @param text the link's text as the README shows it (plain text, untrusted)
 * @param url an absolute http(s) URL, untrusted: the draft still checks it before linking
 */
public record ProjectLink(Kind kind, String text, String url) {

  public ProjectLink {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }

  public enum Kind {
    DEMO,
    PROJECT_PAGE,
    WEBSITE,
    DOCS
  }
}
