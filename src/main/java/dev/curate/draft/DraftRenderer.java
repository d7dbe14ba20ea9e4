package dev.curate.draft;

import com.github.mustachejava.Mustache;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a shortlist as the Markdown skeleton of the month's article. The layout lives in a
 * mustache template (by default {@value #DEFAULT_TEMPLATE} on the classpath) so that an editor can
 * change it without touching Java; this class only supplies the facts. Front matter, when asked
 * for, is written ahead of the template's output, so that it works with every template.
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

  private DraftRenderer(Mustache template) {
    this.template = template;
  }

  /**
   * Renders with the editor's own template file ({@code --template FILE}); partials ({@code {{>
   * name}}}) are looked up next to it.
   *
   * @throws dev.curate.error.CurateException with {@link dev.curate.error.ExitCode#USAGE} and one
   *     line naming the file (and the line, for a syntax error) when it is missing, unreadable or
   *     not a valid template
   */
  public static DraftRenderer fromFile(Path file) {
    return new DraftRenderer(TemplateFile.compile(file));
  }

  public String render(Shortlist shortlist) {
    return render(DraftInput.of(shortlist));
  }

  /** With a note for the editor on what each source covered of the month. */
  public String render(Shortlist shortlist, List<SourceCoverage> coverage) {
    return render(DraftInput.of(shortlist).withCoverage(coverage));
  }

  public void render(Shortlist shortlist, Writer out) {
    render(DraftInput.of(shortlist), out);
  }

  public void render(Shortlist shortlist, List<SourceCoverage> coverage, Writer out) {
    render(DraftInput.of(shortlist).withCoverage(coverage), out);
  }

  /**
   * The draft with everything the input carries: language, archive, enrichment, notes, front
   * matter.
   */
  public String render(DraftInput input) {
    StringWriter out = new StringWriter();
    render(input, out);
    return out.toString();
  }

  /**
   * The draft and the star charts it links ({@link DraftInput#chartFolder()}): whoever writes the
   * draft writes the charts too.
   */
  public RenderedDraft renderWithCharts(DraftInput input) {
    DraftViewFactory.Rendering rendering = DraftViewFactory.rendering(input);
    StringWriter out = new StringWriter();
    write(input, rendering.view(), out);
    return new RenderedDraft(out.toString(), rendering.charts());
  }

  public void render(DraftInput input, Writer out) {
    write(input, DraftViewFactory.of(input), out);
  }

  private void write(DraftInput input, DraftView view, Writer out) {
    try {
      if (input.frontMatter()) {
        out.write(FrontMatter.of(view.title(), input.dateOrDefault()));
      }
      template.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to write the draft", e);
    }
  }
}
