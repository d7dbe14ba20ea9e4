package dev.curate.draft;

/**
 * Text placed inside an HTML comment must not end it early: {@code -->} (or {@code --!>}) would
 * close the comment and let fetched text into the published article. HTML also forbids
 * {@code --} inside comments. Dashes are therefore spaced out; everything else stays readable.
 */
final class HtmlComment {
  private HtmlComment() {}

  static String safe(String text) {
    String line = UntrustedText.singleLine(text);
    while (line.contains("--")) {
      line = line.replace("--", "- -");
    }
    return line.replace("<!", "< !").replace(">", "›");
  }
}
