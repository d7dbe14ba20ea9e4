package dev.curate.draft;

/**
 * Text placed inside an HTML comment must not end it early: {@code -->} (or {@code --!>}) would
 * close the comment and let fetched text into the published article. HTML also forbids {@code --}
 * and {@code <!--} inside comments. Dashes are therefore spaced out and {@code <!} broken; a lone
 * {@code >} is harmless there (the text never opens a comment) and stays, so that "x > y" or
 * "&lt;platform>" read as written.
 */
final class HtmlComment {
  private HtmlComment() {}

  static String safe(String text) {
    String line = UntrustedText.singleLine(text);
    while (line.contains("--")) {
      line = line.replace("--", "- -");
    }
    return line.replace("<!", "< !");
  }
}
