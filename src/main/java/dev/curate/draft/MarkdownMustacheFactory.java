package dev.curate.draft;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A mustache factory whose {@code {{x}}} escapes for Markdown instead of HTML (mustache's default
 * would turn a title's {@code &} into {@code &amp;}, which a Markdown reader shows literally, and
 * would leave {@code *} and {@code [} alone). {@code {{{x}}}} stays raw, for values our own code
 * made safe: link destinations from {@link LinkDestination}, text from {@link HtmlComment}.
 */
final class MarkdownMustacheFactory extends DefaultMustacheFactory {

  /** Partials from the classpath, as the built-in template's. */
  MarkdownMustacheFactory() {}

  /** Partials from a directory: an editor's template includes its neighbours. */
  MarkdownMustacheFactory(Path partialsDirectory) {
    super(partialsDirectory.toFile());
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
