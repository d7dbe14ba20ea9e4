package dev.curate.events;

import dev.curate.config.EventsSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.plan.SourcePlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The star events of GH Archive's hour files ({@code fetch --gharchive FILE|DIR...}), counted
 * in-process by {@link GhArchiveFiles}; no request.
 */
public final class HourFileEvents implements EventsSource {
  /** Unreadable files named in a warning; the rest are counted. */
  private static final int NAMED = 5;

  private final GhArchiveFiles files;
  private final EventsSettings settings;
  private final List<Path> paths;

  public HourFileEvents(EventsSettings settings, List<Path> paths) {
    this(new GhArchiveFiles(settings), settings, paths);
  }

  HourFileEvents(GhArchiveFiles files, EventsSettings settings, List<Path> paths) {
    this.files = files;
    this.settings = settings;
    this.paths = List.copyOf(paths);
  }

  public List<Path> paths() {
    return paths;
  }

  @Override
  public EventsMonth read(CalendarMonth month) {
    GhArchiveMonth read = files.read(month, paths);
    return new EventsMonth(
        EventsCoverage.Engine.GHARCHIVE,
        read.source(),
        read.lastEventAt(),
        read.counts(),
        read.missingHours(),
        String.format(
            Locale.ROOT,
            "events: GH Archive via %,d local hour files in %s: %,d lines, %,d repositories starred"
                + " in %s and the three months before, %,d of the month kept (github.events.top)",
            read.files(),
            read.source(),
            read.lines(),
            read.repositories(),
            month,
            read.counts().repos().size()),
        warnings(month, read));
  }

  private List<String> warnings(CalendarMonth month, GhArchiveMonth read) {
    List<String> warnings = new ArrayList<>();
    if (read.missingHours() > 0) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "%d of the %d hours of %s have no readable hour file: their star events are not"
                  + " counted (GH Archive names each hour's file %s)",
              read.missingHours(),
              hours(month),
              month,
              HourFile.EXAMPLE));
    }
    if (!read.unreadable().isEmpty()) {
      List<String> named = read.unreadable().stream().limit(NAMED).toList();
      warnings.add(
          String.format(
              Locale.ROOT,
              "%d hour %s could not be read to the end and count as missing: %s%s",
              read.unreadable().size(),
              read.unreadable().size() == 1 ? "file" : "files",
              String.join("; ", named),
              read.unreadable().size() > NAMED
                  ? String.format(Locale.ROOT, " and %d more", read.unreadable().size() - NAMED)
                  : ""));
    }
    if (read.malformedLines() > 0) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "skipped %,d malformed %s of %,d read (not a JSON object, or a star event without a"
                  + " repository)",
              read.malformedLines(),
              read.malformedLines() == 1 ? "line" : "lines",
              read.lines()));
    }
    if (read.otherMonths() > 0) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "%d hour %s of other months than %s and the three before it not read",
              read.otherMonths(),
              read.otherMonths() == 1 ? "file" : "files",
              month));
    }
    earlierWarning(month, read).ifPresent(warnings::add);
    if (read.counts().lowerBound()) {
      warnings.add(lowerBound(month, settings));
    }
    return warnings;
  }

  /** Why the breakout is unknown, or how many hours of the months before are missing. */
  private static Optional<String> earlierWarning(CalendarMonth month, GhArchiveMonth read) {
    List<String> absent = new ArrayList<>();
    int missing = 0;
    CalendarMonth m = month;
    for (int missingOfMonth : read.earlierMissingHours()) {
      m = m.previous();
      if (missingOfMonth >= hours(m)) {
        absent.add(m.toString());
      }
      missing += missingOfMonth;
    }
    if (!read.counts().earlierCounted()) {
      return Optional.of(
          "the three months before "
              + month
              + " were not counted (no hour files of "
              + String.join(", ", absent)
              + " given): each repository's breakout is unknown; give those months' files"
              + " with --gharchive to have it");
    }
    if (missing > 0) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%d hours of the three months before %s have no readable hour file: their star"
                  + " events are not counted in the breakout's mean",
              missing,
              month));
    }
    return Optional.empty();
  }

  /** The warning of a month outside {@code soundFrom..soundTo}. */
  static String lowerBound(CalendarMonth month, EventsSettings settings) {
    return month.compareTo(settings.soundFrom()) < 0
        ? "the star counts of "
            + month
            + " are lower bounds: GH Archive's star events are sound from "
            + settings.soundFrom()
            + " (github.events.soundFrom)"
        : "the star counts of "
            + month
            + " are lower bounds: GH Archive lost most star events after "
            + settings.soundTo()
            + " (github.events.soundTo; igrigorik/gharchive.org issue 320)";
  }

  private static long hours(CalendarMonth month) {
    return Duration.between(month.start(), month.end()).toHours();
  }

  @Override
  public SourcePlan plan(CalendarMonth month) {
    return new SourcePlan(PLAN_NAME, List.of(), List.of());
  }

  @Override
  public EventsCoverage.Engine engine() {
    return EventsCoverage.Engine.GHARCHIVE;
  }

  @Override
  public Optional<ClickHouseStargazers> stargazers() {
    return Optional.empty();
  }

  @Override
  public EventsMonth.Cost cost() {
    return EventsMonth.Cost.NONE;
  }
}
