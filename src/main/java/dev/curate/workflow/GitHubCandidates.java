package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.events.EventsMonth;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.MonthlyStars;
import dev.curate.model.ReadMethod;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * A month's GitHub candidates, from the searches, GH Archive's star events, or both, as {@link
 * GitHubReading} decides: the events first (a stale table is known before anything else is asked),
 * then the searches, then the events' names looked up and merged ({@link EventCandidates}). Under
 * {@code auto} the events cannot fail the fetch: any failure of theirs (ClickHouse unreachable, a
 * stale table, a quota, rejected credentials, a cut answer) is one warning, and the month is read
 * by search alone. Under {@code events} the same failure ends the fetch with its exit code.
 */
final class GitHubCandidates {
  private static final Logger LOG = Logger.getLogger(GitHubCandidates.class.getName());

  /**
   * What was read.
   *
   * @param result the candidates and the GitHub report, the events' coverage in it
   * @param monthly the events' counts of each candidate they counted, by repository id
   * @param eventNames the names the events counted each candidate under, by repository id
   * @param reading how the month was read
   */
  record Read(
      SourceResult<Repo> result,
      Map<Long, MonthlyStars> monthly,
      Map<Long, List<String>> eventNames,
      GitHubReading reading) {
    /** Whether the events were read: the report's coverage says what they gave. */
    boolean eventsRead() {
      return result.report().events() != null;
    }
  }

  private final RepoFetcher search;
  private final Optional<GitHubEvents> events;
  private final Consumer<String> progress;

  GitHubCandidates(RepoFetcher search, Optional<GitHubEvents> events, Consumer<String> progress) {
    this.search = search;
    this.events = events;
    this.progress = progress;
  }

  Read read(CalendarMonth month) {
    GitHubReading reading = events.map(e -> e.reading(month)).orElse(GitHubReading.SEARCH);
    List<String> warnings = new ArrayList<>();
    // The coverage keeps why auto read the month by search alone.
    reading.why().ifPresent(warnings::add);
    Optional<EventsMonth> counted = Optional.empty();
    EventsMonth.Cost eventsCost = EventsMonth.Cost.NONE;
    if (reading.events()) {
      GitHubEvents source = events.orElseThrow();
      EventsMonth.Cost before = source.source().cost();
      // Said before the first request, as every step is: the live rows count each request for
      // the source that spoke last on its thread, and these are GitHub's.
      progress.accept("github: reading GH Archive's star events of " + month);
      try {
        counted = Optional.of(source.source().read(month));
        progress.accept(counted.get().summary());
      } catch (CurateException e) {
        if (reading.eventsRequired() || !isTheEvents(e)) {
          throw e;
        }
        warnings.add(
            "GH Archive's star events were not used: "
                + e.getMessage()
                + "; "
                + month
                + " was read by search alone");
        // Said at once, as a warning (-q or not): the searches may fail in turn and end the
        // fetch, and the source's warnings are printed only when it is saved.
        LOG.warning(
            "github: GH Archive's star events could not be read ("
                + e.getMessage()
                + "); "
                + month
                + " is read by search alone");
      }
      eventsCost = source.source().cost().since(before);
    }
    SourceResult<Repo> searched = reading.search() ? search.fetch(month) : nothingSearched();
    if (counted.isEmpty()) {
      return new Read(withEventsCost(searched, eventsCost, warnings), Map.of(), Map.of(), reading);
    }
    EventCandidates.Merged merged =
        EventCandidates.merge(month, counted.get(), searched.items(), events.get(), progress);
    SourceReport s = searched.report();
    warnings.addAll(counted.get().warnings());
    warnings.addAll(merged.lookups().warnings());
    warnings.addAll(merged.warnings());
    List<String> all = new ArrayList<>(s.warnings());
    all.addAll(warnings);
    boolean cut = merged.lookups().stoppedBy().isPresent() || !merged.lookups().leftOut().isEmpty();
    SourceReport report =
        new SourceReport(
            SourceId.GITHUB,
            s.requests() + eventsCost.requests() + merged.lookups().requests(),
            s.found() + merged.lookups().found().size(),
            merged.repos().size(),
            all,
            s.activity().plus(eventsCost.activity()).plus(merged.lookups().activity()),
            s.complete() && !cut,
            reading.search() ? ReadMethod.SEARCH_AND_EVENTS : ReadMethod.EVENTS,
            null,
            merged.coverage(),
            counted(s).plus(eventsCost.requestCount()).plus(merged.lookups().requestCount()));
    return new Read(
        new SourceResult<>(merged.repos(), report), merged.monthly(), merged.eventNames(), reading);
  }

  /**
   * Whether a failure is the events' to give up on under {@code auto}: not an interrupt, which is
   * the user's, nor a usage error (hour files that are not GH Archive's), which they must fix.
   */
  private static boolean isTheEvents(CurateException e) {
    return e.exitCode() != ExitCode.INTERRUPTED && e.exitCode() != ExitCode.USAGE;
  }

  private static SourceResult<Repo> nothingSearched() {
    return new SourceResult<>(
        List.of(),
        new SourceReport(
            SourceId.GITHUB, 0, 0, 0, List.of(), HttpActivity.NONE, true, ReadMethod.SEARCH, null));
  }

  /** The searches' result with what asking for the events cost and the warning they left. */
  private static SourceResult<Repo> withEventsCost(
      SourceResult<Repo> searched, EventsMonth.Cost cost, List<String> warnings) {
    SourceReport s = searched.report();
    List<String> all = new ArrayList<>(s.warnings());
    all.addAll(warnings);
    return new SourceResult<>(
        searched.items(),
        new SourceReport(
            s.source(),
            s.requests() + cost.requests(),
            s.found(),
            s.kept(),
            all,
            s.activity().plus(cost.activity()),
            s.complete(),
            s.method(),
            s.expectedPosts(),
            null,
            counted(s).plus(cost.requestCount())));
  }

  /** The searches' requests against their floor; none when nothing was searched. */
  static RequestCount counted(SourceReport report) {
    return report.requestCount() == null ? RequestCount.NONE : report.requestCount();
  }
}
