package dev.curate.draft;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.files.TextFile;
import dev.curate.files.UnreadableFileException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles an editor's template file, turning every way it can fail into one line a user can act
 * on: {@code template drafts/mine.mustache:12: Mismatched start/end tags: repos != repo}.
 */
final class TemplateFile {
  /**
   * The largest template or partial read: 300 times the built-in template. Only a regular file is
   * read at all: {@code /dev/zero} as a template ran out of memory, a FIFO blocked forever.
   */
  static final long MAX_FILE_BYTES = 1024 * 1024;

  // mustache.java puts the place at the end of its messages: "... in name:12 @[name:12]".
  private static final Pattern PLACE =
      Pattern.compile("\\s*(?:in \\S+:\\d+\\s*)?@\\[(?:.*):(\\d+)\\]\\s*$");

  private TemplateFile() {}

  static Mustache compile(Path file) {
    String text;
    try {
      text = TextFile.read(file, MAX_FILE_BYTES);
    } catch (UnreadableFileException e) {
      throw usage(
          "template "
              + file
              + " "
              + (e.reason() == UnreadableFileException.Reason.MISSING
                  ? "not found"
                  : e.getMessage()));
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      return new MarkdownMustacheFactory(dir)
          .compile(new StringReader(text), file.getFileName().toString());
    } catch (MustacheNotFoundException e) {
      throw usage(
          "template "
              + file
              + ": "
              + e.getMessage().replace("Template ", "the partial ")
              + " next to it");
    } catch (MustacheException e) {
      throw usage(describe(file, e.getMessage()));
    }
  }

  /** {@code template FILE:LINE: what}, or without the line when mustache.java gives none. */
  static String describe(Path file, String message) {
    String text = message == null ? "not a valid template" : message.strip();
    Matcher place = PLACE.matcher(text);
    if (place.find()) {
      return "template " + file + ":" + place.group(1) + ": " + text.substring(0, place.start());
    }
    return "template " + file + ": " + text;
  }

  private static CurateException usage(String message) {
    return new CurateException(ExitCode.USAGE, message);
  }
}
