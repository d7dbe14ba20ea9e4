package dev.curate.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a workspace file, to look at rows behind the store's back. */
final class RawDatabase {
  private RawDatabase() {}

  static List<List<Object>> query(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<List<Object>> result = new ArrayList<>();
      int width = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          row.add(rows.getObject(i));
        }
        result.add(row);
      }
      return result;
    }
  }

  static Object single(Path file, String sql) throws SQLException {
    return query(file, sql).get(0).get(0);
  }

  static long count(Path file, String table) throws SQLException {
    return ((Number) single(file, "SELECT count(*) FROM " + table)).longValue();
  }

  static void execute(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
