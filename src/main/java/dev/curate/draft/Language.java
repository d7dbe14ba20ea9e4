package dev.curate.draft;

import java.util.Locale;

/**
 * The language of the draft's fixed text (headings, labels, placeholders); fetched text stays as it
 * is.
 */
public enum Language {
  EN("en", Locale.ENGLISH),
  ZH("zh", Locale.SIMPLIFIED_CHINESE);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The tag of {@code --lang}: {@code en} or {@code zh}. */
  public String tag() {
    return tag;
  }

  Locale locale() {
    return locale;
  }

  /** Parses {@code en} or {@code zh} (any case); the message lists the choices otherwise. */
  public static Language fromTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException("'" + tag + "' is not a draft language: use en or zh");
  }
}
