package dev.curate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.ResponseText;
import dev.curate.model.CalendarMonth;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A month's star events from ClickHouse: first the table's last star event (the public table has
 * gone stale for weeks at a time: ClickHouse issues 82875, 85321, 103555), then, if the table holds
 * the whole month, the month's count ({@link StarQueries}).
 */
public final class ClickHouseStars {
  /**
   * The table is loaded an hour of GH Archive at a time, so a star event in the month's last hour
   * means that hour, and so the whole month, is in.
   */
  static final Duration LOADED_BY = Duration.ofHours(1);

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final ClickHouseClient client;
  private final EventsSettings settings;

  public ClickHouseStars(ClickHouseClient client, EventsSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** The events of {@code settings}' table on the ClickHouse server at {@code url}. */
  public static ClickHouseStars connect(
      HttpStack stack,
      String userAgent,
      HttpStats stats,
      String url,
      ClickHouseCredentials credentials,
      EventsSettings settings) {
    return new ClickHouseStars(
        ClickHouseClient.connect(stack, userAgent, stats, url, credentials, table(settings)),
        settings);
  }

  /** The server, host (and port) only. */
  public String server() {
    return client.server();
  }

  /**
   * What {@link #read} sends: the freshness probe, then the month's query, each a {@code POST} to
   * the URL the client builds for it, the SQL and its parameters shown as its body.
   */
  public List<PlannedRequest> plan(CalendarMonth month) {
    ClickHouseQuery probe = StarQueries.freshness(settings);
    ClickHouseQuery query = StarQueries.month(month, settings);
    return List.of(
        PlannedRequest.post(
            client.url(probe), probe.shown(), Purpose.of(Purpose.Kind.EVENTS_FRESHNESS)),
        PlannedRequest.post(
            client.url(query), query.shown(), Purpose.of(Purpose.Kind.EVENTS_MONTH)));
  }

  /** An instant as messages show it: {@code 2018-11-30 23:59:59 UTC}. */
  static String shown(Instant instant) {
    return SHOWN.format(instant);
  }

  /**
   * The month's lone stargazers on the same server and table, to ask after {@link #read} found the
   * month whole, for the month's top candidates.
   */
  public ClickHouseStargazers stargazers() {
    return new ClickHouseStargazers(client, settings);
  }

  /** {@code database.table}, as messages and the coverage name it. */
  public static String table(EventsSettings settings) {
    return settings.database() + "." + settings.table();
  }

  /**
   * The month's counts.
   *
   * @throws CurateException exit 75 when the table ends before the month does, naming its last
   *     event; any failure of ClickHouse's as {@link ClickHouseClient#query} words it
   */
  public ClickHouseMonth read(CalendarMonth month) {
    ClickHouseAnswer probe = client.query(StarQueries.freshness(settings));
    Instant last = lastEventAt(probe);
    if (last.isBefore(month.end().minus(LOADED_BY))) {
      throw stale(month, last);
    }
    ClickHouseAnswer answer = client.query(StarQueries.month(month, settings));
    List<RepoStars> repos = new ArrayList<>();
    for (ObjectNode row : answer.rows()) {
      repos.add(repoStars(row));
    }
    if (repos.size() > settings.top()) {
      throw unreadable(
          repos.size() + " rows, more than github.events.top (" + settings.top() + ")");
    }
    StarCounts counts = new StarCounts(month, repos, true, !settings.isSound(month));
    return new ClickHouseMonth(
        client.server(), table(settings), last, counts, probe.stats(), answer.stats());
  }

  /**
   * The table's last star event, by the freshness probe {@link #read} starts with ({@code curate
   * doctor}).
   *
   * @throws CurateException any failure of ClickHouse's as {@link ClickHouseClient#query} words it
   */
  public Instant lastEventAt() {
    return lastEventAt(client.query(StarQueries.freshness(settings)));
  }

  private Instant lastEventAt(ClickHouseAnswer probe) {
    if (probe.rows().size() != 1) {
      throw unreadable("the freshness probe gave " + probe.rows().size() + " rows, not 1");
    }
    OptionalLong seconds = count(probe.rows().get(0).get("last_event_at"));
    if (seconds.isEmpty()) {
      throw unreadable(
          "the freshness probe's row has no last_event_at in epoch seconds: "
              + ResponseText.preview(probe.rows().get(0).toString(), 80));
    }
    return Instant.ofEpochSecond(seconds.getAsLong());
  }

  private CurateException stale(CalendarMonth month, Instant last) {
    String held =
        last.getEpochSecond() == 0
            ? " holds no star events at all"
            : "'s last star event is of " + SHOWN.format(last) + ", before " + month + " ends";
    return new CurateException(
        ExitCode.TEMPORARY,
        "ClickHouse at "
            + client.server()
            + ": "
            + table(settings)
            + held
            + ", so the month's events are not all loaded (the public table has gone stale for"
            + " weeks at a time): retry later, or read the month by search");
  }

  private RepoStars repoStars(ObjectNode row) {
    JsonNode name = row.get("repo_name");
    OptionalLong stars = count(row.get("stars"));
    List<Long> earlier = new ArrayList<>();
    for (int k = 1; k <= StarQueries.EARLIER_MONTHS; k++) {
      OptionalLong c = count(row.get("stars_" + k));
      if (c.isEmpty()) {
        throw unreadable("a row without a count stars_" + k + ": " + shown(row));
      }
      earlier.add(c.getAsLong());
    }
    if (name == null || !name.isTextual() || name.asText().isBlank() || stars.isEmpty()) {
      throw unreadable("a row without repo_name or stars: " + shown(row));
    }
    return new RepoStars(name.asText(), OptionalLong.empty(), stars.getAsLong(), earlier);
  }

  /**
   * A count as JSONEachRow writes it: a number, or, for 64-bit integers such as {@code count()}'s
   * UInt64, a string of digits when {@code output_format_json_quote_64bit_integers} is on (as on
   * ClickHouse Cloud: {@code "c":"27234697969"}).
   */
  static OptionalLong count(JsonNode value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
      return OptionalLong.of(value.asLong());
    }
    if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
      return OptionalLong.of(Long.parseLong(value.asText()));
    }
    return OptionalLong.empty();
  }

  private ApiException unreadable(String what) {
    return new ApiException(
        "ClickHouse at "
            + client.server()
            + " answered with "
            + what
            + ": is "
            + table(settings)
            + " in the schema of ClickHouse's github_events? (docs/scale.md)");
  }

  private static String shown(ObjectNode row) {
    return ResponseText.preview(row.toString(), 120);
  }
}
