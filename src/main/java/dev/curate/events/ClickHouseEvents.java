package dev.curate.events;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.HttpActivity;
import dev.curate.plan.SourcePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The star events of a ClickHouse server's {@code github_events} table ({@link ClickHouseStars}:
 * the freshness probe, then the month), for {@code fetch}.
 */
public final class ClickHouseEvents implements EventsSource {
  private final ClickHouseStars stars;
  private final EventsSettings settings;
  private final HttpStats stats;

  ClickHouseEvents(ClickHouseStars stars, EventsSettings settings, HttpStats stats) {
    this.stars = stars;
    this.settings = settings;
    this.stats = stats;
  }

  /** The events on the ClickHouse server at {@code url}, read with {@code credentials}. */
  public static ClickHouseEvents connect(
      HttpStack stack,
      String userAgent,
      String url,
      ClickHouseCredentials credentials,
      EventsSettings settings) {
    HttpStats stats = new HttpStats();
    return new ClickHouseEvents(
        ClickHouseStars.connect(stack, userAgent, stats, url, credentials, settings),
        settings,
        stats);
  }

  /** {@code database.table}, as messages and the start-up line name it. */
  public static String table(EventsSettings settings) {
    return ClickHouseStars.table(settings);
  }

  /** The server, host (and port) only. */
  public String server() {
    return stars.server();
  }

  /**
   * The table's last star event, as the fetch's freshness probe asks it ({@code curate doctor}).
   *
   * @throws dev.curate.error.CurateException exit 4 for a refused account, else as the fetch words
   *     ClickHouse's failures
   */
  public java.time.Instant lastEventAt() {
    return stars.lastEventAt();
  }

  @Override
  public EventsMonth read(CalendarMonth month) {
    ClickHouseMonth read = stars.read(month);
    List<String> warnings = new ArrayList<>();
    if (read.counts().lowerBound()) {
      warnings.add(HourFileEvents.lowerBound(month, settings));
    }
    return new EventsMonth(
        EventsCoverage.Engine.CLICKHOUSE,
        read.server(),
        Optional.of(read.lastEventAt()),
        read.counts(),
        null,
        summary(month, read),
        warnings);
  }

  private static String summary(CalendarMonth month, ClickHouseMonth read) {
    String cost =
        read.monthStats()
            .map(
                s ->
                    String.format(
                        Locale.ROOT,
                        " (the server read %,d rows, %,.1f MB, in %.1f s)",
                        s.readRows(),
                        s.readBytes() / 1e6,
                        s.elapsed().toMillis() / 1000.0))
            .orElse("");
    return String.format(
        Locale.ROOT,
        "events: GH Archive via ClickHouse at %s (%s, last star event %s): %,d repositories with"
            + " star events in %s%s",
        read.server(),
        read.table(),
        ClickHouseStars.shown(read.lastEventAt()),
        read.counts().repos().size(),
        month,
        cost);
  }

  @Override
  public SourcePlan plan(CalendarMonth month) {
    return new SourcePlan(PLAN_NAME, List.copyOf(stars.plan(month)), List.of());
  }

  @Override
  public EventsCoverage.Engine engine() {
    return EventsCoverage.Engine.CLICKHOUSE;
  }

  @Override
  public Optional<ClickHouseStargazers> stargazers() {
    return Optional.of(stars.stargazers());
  }

  @Override
  public EventsMonth.Cost cost() {
    HttpActivity activity = stats.snapshot();
    return new EventsMonth.Cost(stats.requests(), activity);
  }
}
