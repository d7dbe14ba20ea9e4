package dev.curate.draft;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles an editor's template file, turning every way it can fail into one line a user can act
 * on: {@code template drafts/mine.mustache:12: Mismatched start/end tags: repos != repo}.
 */
final class TemplateFile {
  // mustache.java puts the place at the end of its messages: "... in name:12 @[name:12]".
  private static final Pattern PLACE = Pattern.compile("\\s*(?:in \\S+:\\d+\\s*)?@\\[(?:.*):(\\d+)\\]\\s*$");

  private TemplateFile() {}

  static Mustache compile(Path file) {
    if (Files.isDirectory(file)) {
      throw usage("template " + file + " is a directory, not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path dir = file.toAbsolutePath().getParent();
      return new MarkdownMustacheFactory(dir).compile(reader, file.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw usage("template " + file + " not found");
    } catch (CharacterCodingException e) {
      throw usage("template " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw usage("cannot read the template " + file + ": " + e.getMessage());
    } catch (MustacheNotFoundException e) {
      throw usage("template " + file + ": " + e.getMessage().replace("Template ", "the partial ")
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
