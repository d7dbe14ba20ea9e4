package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code editor_override} table: one row per candidate the editor decided about. */
final class EditorOverrideTable {
  private static final String UPSERT =
      """
      INSERT INTO editor_override (month, candidate, decision, note, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (month, candidate) DO UPDATE SET
        decision = excluded.decision, note = excluded.note, updated_at = excluded.updated_at
      """;

  /** Writes the override; one with neither decision nor note is deleted, leaving no empty row. */
  void put(Connection connection, CalendarMonth month, EditorOverride override, Instant at)
      throws SQLException {
    if (override.decision() == Decision.NONE && override.note() == null) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM editor_override WHERE month = ? AND candidate = ?")) {
        delete.setString(1, Columns.month(month));
        delete.setString(2, override.candidate());
        delete.executeUpdate();
      }
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setString(1, Columns.month(month));
      upsert.setString(2, override.candidate());
      Columns.nullableText(
          upsert,
          3,
          override.decision() == Decision.NONE
              ? null
              : override.decision().name().toLowerCase(Locale.ROOT));
      Columns.nullableText(upsert, 4, override.note());
      upsert.setString(5, Columns.instant(at));
      upsert.executeUpdate();
    }
  }

  List<EditorOverride> ofMonth(Connection connection, CalendarMonth month) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT candidate, decision, note FROM editor_override WHERE month = ? ORDER BY candidate")) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<EditorOverride> all = new ArrayList<>();
        while (rows.next()) {
          String decision = rows.getString("decision");
          all.add(
              new EditorOverride(
                  rows.getString("candidate"),
                  decision == null
                      ? Decision.NONE
                      : Decision.valueOf(decision.toUpperCase(Locale.ROOT)),
                  rows.getString("note")));
        }
        return all;
      }
    }
  }
}
