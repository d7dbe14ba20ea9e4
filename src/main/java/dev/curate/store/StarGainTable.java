package dev.curate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.model.CalendarMonth;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code star_gain} table: a month's stars gained per repository, with method and days. A new
 * figure replaces a stored one unless the stored one was measured by a better method (the order of
 * {@link StarGainMethod}: history, stargazers, events, snapshots): a fetch that could only use
 * snapshots keeps the history's figure of an earlier fetch, and a history figure replaces the
 * events' one (which {@code repo_month_events} still keeps).
 */
final class StarGainTable {
  /** A method's place in {@link StarGainMethod}'s order, as SQL: the enum is the one ranking. */
  private static final String RANK =
      Arrays.stream(StarGainMethod.values())
          .map(m -> "WHEN '" + m.slug() + "' THEN " + m.ordinal())
          .collect(Collectors.joining(" ", "CASE %s ", " END"));

  private static final String UPSERT =
      "INSERT INTO star_gain (month, repo_id, stars, method, daily, measured_at) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (month, repo_id) DO UPDATE SET stars = excluded.stars, method = excluded.method,"
          + " daily = excluded.daily, measured_at = excluded.measured_at"
          + " WHERE "
          + RANK.formatted("excluded.method")
          + " <= "
          + RANK.formatted("star_gain.method");
  private static final String OF_MONTH =
      "SELECT repo_id, stars, method, daily, measured_at FROM star_gain WHERE month = ?";
  private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();

  void save(Connection connection, CalendarMonth month, Map<Long, StarGain> gains)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<Long, StarGain> e : gains.entrySet()) {
        StarGain gain = e.getValue();
        if (!gain.known()) {
          continue;
        }
        upsert.setString(1, Columns.month(month));
        upsert.setLong(2, e.getKey());
        upsert.setInt(3, gain.stars());
        upsert.setString(4, gain.method().slug());
        upsert.setString(5, write(gain.daily()));
        upsert.setString(6, Columns.instant(gain.measuredAt()));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  Map<Long, StarGain> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    Map<Long, StarGain> gains = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(OF_MONTH)) {
      select.setString(1, Columns.month(month));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          gains.put(
              row.getLong("repo_id"),
              StarGain.measured(
                  row.getInt("stars"),
                  StarGainMethod.fromSlug(row.getString("method")),
                  read(row.getString("daily")),
                  Columns.instant(row, "measured_at")));
        }
      }
    }
    return gains;
  }

  private String write(List<Integer> daily) throws SQLException {
    try {
      return json.writeValueAsString(daily);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot write the daily stars as JSON", e);
    }
  }

  private List<Integer> read(String daily) throws SQLException {
    try {
      return json.readValue(daily, INTEGERS);
    } catch (JsonProcessingException e) {
      throw new SQLException(
          "star_gain.daily is not a JSON array of counts: " + e.getOriginalMessage(), e);
    }
  }
}
