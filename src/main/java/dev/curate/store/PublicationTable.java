package dev.curate.store;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.ThreadUse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code published_issue} and {@code featured_item}: the series' memory. */
final class PublicationTable {
  /** Replaces the month's publication: publishing again updates the URL and what was featured. */
  void replace(Connection connection, Publication publication) throws SQLException {
    String month = Columns.month(publication.month());
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM published_issue WHERE month = ?")) {
      delete.setString(1, month);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO published_issue (month, url, published_at) VALUES (?, ?, ?)")) {
      insert.setString(1, month);
      Columns.nullableText(insert, 2, publication.url());
      insert.setString(3, Columns.instant(publication.publishedAt()));
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO featured_item (month, candidate) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (String candidate : publication.featured()) {
        insert.setString(1, month);
        insert.setString(2, candidate);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Every publication, oldest month first. */
  List<Publication> all(Connection connection) throws SQLException {
    List<Publication> all = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT month, url, published_at FROM published_issue ORDER BY month");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        CalendarMonth month = Columns.month(rows, "month");
        all.add(
            new Publication(
                month,
                rows.getString("url"),
                Columns.instant(rows, "published_at"),
                featured(connection, month)));
      }
    }
    return all;
  }

  /** The published issues that featured a candidate (by its key), oldest first. */
  List<ThreadUse.Issue> featuring(Connection connection, String candidateKey) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT p.month, p.url FROM featured_item f"
                + " JOIN published_issue p ON p.month = f.month WHERE f.candidate = ? ORDER BY p.month")) {
      query.setString(1, candidateKey);
      try (ResultSet rows = query.executeQuery()) {
        List<ThreadUse.Issue> issues = new ArrayList<>();
        while (rows.next()) {
          issues.add(new ThreadUse.Issue(Columns.month(rows, "month"), rows.getString("url")));
        }
        return issues;
      }
    }
  }

  private static List<String> featured(Connection connection, CalendarMonth month)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT candidate FROM featured_item WHERE month = ? ORDER BY candidate")) {
      query.setString(1, Columns.month(month));
      try (ResultSet rows = query.executeQuery()) {
        List<String> keys = new ArrayList<>();
        while (rows.next()) {
          keys.add(rows.getString("candidate"));
        }
        return keys;
      }
    }
  }
}
