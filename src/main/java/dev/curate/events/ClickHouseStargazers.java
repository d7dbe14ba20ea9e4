package dev.curate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.config.EventsSettings;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.http.ResponseText;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month's stargazers of a few repositories from GH Archive's events on ClickHouse, and how many
 * of them starred nothing else that month ({@link StarQueries#stargazers}): the {@code
 * loneStargazers} signal of a star burst (docs/scoring.md, "Bought stars"). Only ClickHouse answers
 * it cheaply; GH Archive's hour files ({@code --gharchive}) would need every account's month, so
 * that path leaves the signal unknown.
 *
 * <p>Asked after the month's count ({@link ClickHouseStars#read}), which has already found the
 * table whole for the month, for the month's top candidates only.
 */
public final class ClickHouseStargazers {
  private final ClickHouseClient client;
  private final EventsSettings settings;

  public ClickHouseStargazers(ClickHouseClient client, EventsSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /**
   * What {@link #read} sends: one {@code POST}, if any candidate is asked for, the names as {@code
   * {repos}}.
   */
  public PlannedRequest plan(CalendarMonth month) {
    ClickHouseQuery query = StarQueries.plannedStargazers(month, settings);
    return PlannedRequest.post(
            client.url(query), query.shown(), Purpose.of(Purpose.Kind.EVENTS_STARGAZERS))
        .optional();
  }

  /** The server, host (and port) only. */
  public String server() {
    return client.server();
  }

  /**
   * The counts of each of {@code repos} that had a star in the month, by name; a repository without
   * a star event in the month is absent. Names match as GH Archive spells them (case and all), so
   * ask with the names the month's count gave ({@link RepoStars#name()}).
   *
   * @param repos {@code owner/name}, as GH Archive names them; none asks nothing
   * @throws CurateException any failure of ClickHouse's as {@link ClickHouseClient#query} words it,
   *     or an answer that is not the query's
   */
  public Map<String, MonthStargazers> read(CalendarMonth month, List<String> repos) {
    if (repos.isEmpty()) {
      return Map.of();
    }
    Set<String> asked = new TreeSet<>(repos);
    ClickHouseAnswer answer =
        client.query(StarQueries.stargazers(month, List.copyOf(asked), settings));
    Map<String, MonthStargazers> counted = new LinkedHashMap<>();
    for (ObjectNode row : answer.rows()) {
      JsonNode name = row.get("repo_name");
      OptionalLong stargazers = ClickHouseStars.count(row.get("stargazers"));
      OptionalLong lone = ClickHouseStars.count(row.get("lone"));
      if (name == null
          || !name.isTextual()
          || !asked.contains(name.asText())
          || stargazers.isEmpty()
          || lone.isEmpty()
          || lone.getAsLong() > stargazers.getAsLong()
          || stargazers.getAsLong() > Integer.MAX_VALUE) {
        throw unreadable(ResponseText.preview(row.toString(), 120));
      }
      counted.put(
          name.asText(), new MonthStargazers((int) stargazers.getAsLong(), (int) lone.getAsLong()));
    }
    return counted;
  }

  private ApiException unreadable(String row) {
    return new ApiException(
        "ClickHouse at "
            + client.server()
            + " answered "
            + StarQueries.STARGAZERS_PURPOSE
            + " with a row that is not one of the repositories asked with its counts: "
            + row
            + ": is "
            + ClickHouseStars.table(settings)
            + " in the schema of ClickHouse's github_events? (docs/scale.md)");
  }
}
