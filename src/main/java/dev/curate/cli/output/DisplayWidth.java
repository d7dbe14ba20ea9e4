package dev.curate.cli.output;

/**
 * How many terminal columns text takes, so that columns line up under titles in Chinese or with
 * emoji: wide (East Asian and emoji) characters take two, combining marks and format characters
 * (zero-width joiner, variation selectors) none. An approximation of wcwidth that covers the
 * scripts and emoji seen in Reddit titles; it is only used for padding.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** Cuts {@code s} to at most {@code max} columns, ending in "…" when anything was cut. */
  static String truncate(String s, int max) {
    if (of(s) <= max) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = of(cp);
      if (width + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + "…";
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
