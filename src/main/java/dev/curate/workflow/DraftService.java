package dev.curate.workflow;

import dev.curate.draft.DraftChart;
import dev.curate.draft.DraftInput;
import dev.curate.draft.DraftRenderer;
import dev.curate.draft.Language;
import dev.curate.draft.PublishedIssue;
import dev.curate.draft.RenderedDraft;
import dev.curate.enrich.CommentExcerpts;
import dev.curate.enrich.RepoEnrichment;
import dev.curate.enrich.ThreadEnrichment;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.StoreException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Comment;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Readme;
import dev.curate.model.Shortlist;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders a month's saved shortlist as the article's Markdown skeleton, with everything the editor
 * gathered: the series archive, READMEs' paragraphs and links, thread comments, notes, flags and
 * area or kind labels.
 */
public final class DraftService {
  private final Store store;
  private final DraftRenderer renderer;
  private final Path workspace;
  private final Optional<ThreadCommentCache> comments;

  public DraftService(Store store, DraftRenderer renderer, Path workspace) {
    this(store, renderer, workspace, Optional.empty());
  }

  private DraftService(
      Store store, DraftRenderer renderer, Path workspace, Optional<ThreadCommentCache> comments) {
    this.store = store;
    this.renderer = renderer;
    this.workspace = workspace;
    this.comments = comments;
  }

  /**
   * The same service, quoting up to {@code count} top comments per thread, read from Reddit once
   * per thread and then from the store.
   *
   * @param warn told once, in one line, when Reddit cannot be read; the draft goes on without
   *     excerpts
   */
  public DraftService withComments(
      CommentSource source, int count, Clock clock, Consumer<String> warn) {
    return new DraftService(
        store,
        renderer,
        workspace,
        Optional.of(new ThreadCommentCache(store, source, clock, warn, count, true)));
  }

  /**
   * The same service, but comments read from Reddit are quoted without being kept: {@code draft
   * --diff} writes nothing, the workspace included.
   */
  public DraftService keepingNothing() {
    return new DraftService(
        store, renderer, workspace, comments.map(ThreadCommentCache::keepingNothing));
  }

  /**
   * @param charts the star charts the draft links, to be written into its chart folder; empty when
   *     it was rendered without one
   * @param warnings what the editor should know about the draft, e.g. that it lists nothing
   */
  public record Draft(
      CalendarMonth month, String markdown, List<DraftChart> charts, List<String> warnings) {
    public Draft {
      charts = List.copyOf(charts);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * How the draft is asked for ({@code --lang}, {@code --front-matter}).
   *
   * @param chartFolder the folder of its star charts, relative to where the draft is written
   *     ({@link DraftFile#chartFolder}); empty for a draft printed to stdout, which then neither
   *     links nor gets charts
   */
  public record Options(
      Optional<CalendarMonth> month,
      Language language,
      boolean frontMatter,
      Optional<String> chartFolder) {
    /** Without charts. */
    public Options(Optional<CalendarMonth> month, Language language, boolean frontMatter) {
      this(month, language, frontMatter, Optional.empty());
    }
  }

  public Draft render(Optional<CalendarMonth> asked) {
    return render(new Options(asked, Language.EN, false));
  }

  /** The month a draft is for: the one asked, else the one fetched most recently. */
  public CalendarMonth month(Optional<CalendarMonth> asked) {
    return MonthChoice.resolve(store, asked);
  }

  public Draft render(Options options) {
    CalendarMonth month = MonthChoice.resolve(store, options.month());
    Shortlist shortlist =
        store
            .shortlist(month)
            .orElseThrow(
                () ->
                    new CurateException(
                        ExitCode.FAILURE,
                        "no shortlist for "
                            + month
                            + " yet: run 'curate rank --month "
                            + month
                            + "' first"));
    DraftInput input =
        DraftInput.of(shortlist)
            .withCoverage(MonthCoverage.of(store, month))
            .withLanguage(options.language())
            .withFrontMatter(options.frontMatter())
            .withArchive(
                store.publications().stream()
                    .map(p -> new PublishedIssue(p.month(), p.url()))
                    .toList())
            .withRepoEnrichment(repoEnrichment(shortlist))
            .withThreadEnrichment(comments.map(c -> c.enrichment(shortlist)).orElse(Map.of()))
            .withNotes(EditorMarks.notes(shortlist))
            .withFlags(EditorMarks.flags(shortlist, store.threadFigures(month)))
            .withLabels(EditorMarks.labels(shortlist))
            .withOtherThreads(store.threads(month))
            .withChartFolder(options.chartFolder().orElse(null));
    RenderedDraft rendered = renderer.renderWithCharts(input);
    return new Draft(month, rendered.markdown(), rendered.charts(), warnings(shortlist));
  }

  /** An empty shortlist renders a valid skeleton with no item: almost surely not what was meant. */
  private static List<String> warnings(Shortlist shortlist) {
    if (!shortlist.repos().isEmpty() || !shortlist.threads().isEmpty()) {
      return List.of();
    }
    CalendarMonth month = shortlist.month();
    return List.of(
        "the "
            + month
            + " shortlist is empty, so the draft lists no repository and no thread: see why with"
            + " 'curate rank --month "
            + month
            + " --explain', or pick candidates with 'curate pick ID'");
  }

  private Map<String, RepoEnrichment> repoEnrichment(Shortlist shortlist) {
    Map<Long, Readme> readmes = store.readmes(shortlist.month());
    Map<String, RepoEnrichment> byName = new HashMap<>();
    for (RankedRepo ranked : shortlist.repos()) {
      byName.put(
          ranked.repo().fullName(),
          RepoEnrichment.of(ranked.repo(), readmes.get(ranked.repo().id())));
    }
    return byName;
  }

  /** The default place of a month's draft: {@code <workspace>/drafts/YYYY-MM.md}. */
  public Path defaultPath(CalendarMonth month) {
    return defaultPath(workspace, month);
  }

  static Path defaultPath(Path workspace, CalendarMonth month) {
    return workspace.resolve("drafts").resolve(month + ".md");
  }

  /**
   * Threads' comments: from the store when read before, else from Reddit, then kept. Keeping them
   * is a saving, not a need: when the workspace cannot be written (read-only, full) the draft still
   * quotes them, after one warning, and the next draft asks Reddit again.
   */
  private record ThreadCommentCache(
      Store store,
      CommentSource source,
      Clock clock,
      Consumer<String> warn,
      int count,
      boolean keeps) {
    ThreadCommentCache keepingNothing() {
      return new ThreadCommentCache(store, source, clock, warn, count, false);
    }

    Map<String, ThreadEnrichment> enrichment(Shortlist shortlist) {
      Map<String, ThreadEnrichment> byId = new HashMap<>();
      boolean reachable = true;
      boolean keepable = keeps;
      for (RankedThread ranked : shortlist.threads()) {
        String id = ranked.thread().id();
        Optional<List<Comment>> cached = store.comments(id);
        if (cached.isEmpty() && reachable) {
          try {
            cached = Optional.of(source.top(id));
          } catch (CurateException e) {
            // One line, once: the draft is still worth writing, only without quotes.
            warn.accept(
                "warning: cannot read the threads' comments from Reddit ("
                    + e.getMessage()
                    + "); the draft has no comment excerpts");
            reachable = false;
          }
          if (cached.isPresent() && keepable) {
            keepable = keep(id, cached.get());
          }
        }
        cached.ifPresent(c -> byId.put(id, new ThreadEnrichment(CommentExcerpts.top(c, count))));
      }
      return byId;
    }

    private boolean keep(String id, List<Comment> read) {
      try {
        store.saveComments(id, read, clock.instant());
        return true;
      } catch (StoreException e) {
        warn.accept(
            "warning: the comments read from Reddit are not kept in the workspace ("
                + e.getMessage()
                + "); the draft quotes them, and the next draft reads them again");
        return false;
      }
    }
  }
}
