package dev.curate.draft;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import dev.curate.files.TextFile;
import dev.curate.files.UnreadableFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A mustache factory whose {@code {{x}}} escapes for Markdown instead of HTML (mustache's default
 * would turn a title's {@code &} into {@code &amp;}, which a Markdown reader shows literally, and
 * would leave {@code *} and {@code [} alone). {@code {{{x}}}} stays raw, for values our own code
 * made safe: link destinations from {@link LinkDestination}, text from {@link HtmlComment}.
 */
final class MarkdownMustacheFactory extends DefaultMustacheFactory {

  private final Path partialsDirectory;

  /** Partials from the classpath, as the built-in template's. */
  MarkdownMustacheFactory() {
    this.partialsDirectory = null;
  }

  /** Partials from a directory: an editor's template includes its neighbours. */
  MarkdownMustacheFactory(Path partialsDirectory) {
    super(partialsDirectory.toFile());
    this.partialsDirectory = partialsDirectory;
  }

  /**
   * An editor's partial, read like the template itself: a regular file within the bound, or a
   * one-line refusal. mustache.java's own resolver would stream any file, however large.
   */
  @Override
  public Reader getReader(String resourceName) {
    if (partialsDirectory == null) {
      return super.getReader(resourceName);
    }
    Path file = partialsDirectory.resolve(resourceName).normalize();
    if (!insideFolder(file)) {
      // As mustache.java's resolver: a partial never comes from outside the template's folder.
      throw new MustacheNotFoundException(resourceName);
    }
    try {
      return new StringReader(TextFile.read(file, TemplateFile.MAX_FILE_BYTES));
    } catch (UnreadableFileException e) {
      if (e.reason() == UnreadableFileException.Reason.MISSING) {
        throw new MustacheNotFoundException(resourceName);
      }
      throw new MustacheException("the partial " + resourceName + " " + e.getMessage());
    }
  }

  /** Links resolved, as mustache.java's resolver compares canonical paths. */
  private boolean insideFolder(Path file) {
    if (!file.startsWith(partialsDirectory.normalize())) {
      return false;
    }
    try {
      return file.toRealPath().startsWith(partialsDirectory.toRealPath());
    } catch (IOException e) {
      return true; // nothing there (yet): reading it says "not found"
    }
  }

  @Override
  public void encode(String value, Writer writer) {
    try {
      writer.write(MarkdownEscaper.escape(value));
    } catch (IOException e) {
      throw new MustacheException("Failed to write the draft", e);
    }
  }
}
