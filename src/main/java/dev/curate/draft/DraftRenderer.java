package dev.curate.draft;

import com.github.mustachejava.Mustache;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a shortlist as the Markdown skeleton of the month's article. The layout lives in a
 * mustache template (by default {@value #DEFAULT_TEMPLATE} on the classpath) so that an editor can
 * change it without touching Java; this class only supplies the facts.
 */
public final class DraftRenderer {
  public static final String DEFAULT_TEMPLATE = "templates/draft.md.mustache";

  private final Mustache template;

  /** Renders with the built-in template. */
  public DraftRenderer() {
    this.template = new MarkdownMustacheFactory().compile(DEFAULT_TEMPLATE);
  }

  /**
   * Renders with a template of the caller's, e.g. an editor's own file.
   *
   * @param name the template's name, used in error messages
   */
  public DraftRenderer(Reader template, String name) {
    this.template = new MarkdownMustacheFactory().compile(template, name);
  }

  public String render(Shortlist shortlist) {
    return render(shortlist, List.of());
  }

  /** With a note for the editor on what each source covered of the month. */
  public String render(Shortlist shortlist, List<SourceCoverage> coverage) {
    StringWriter out = new StringWriter();
    render(shortlist, coverage, out);
    return out.toString();
  }

  public void render(Shortlist shortlist, Writer out) {
    render(shortlist, List.of(), out);
  }

  public void render(Shortlist shortlist, List<SourceCoverage> coverage, Writer out) {
    try {
      template.execute(out, DraftViewFactory.of(shortlist, coverage)).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to write the draft", e);
    }
  }
}
