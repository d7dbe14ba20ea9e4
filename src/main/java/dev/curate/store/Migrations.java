package dev.curate.store;

import dev.curate.error.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a workspace database up to the schema this curate knows. The migrations are named in
 * {@value #INDEX}, because a classpath directory cannot be listed once it is inside a jar. Each
 * pending one runs in its own transaction together with its {@code schema_version} row, so a
 * failure leaves the database at the previous version, never between two.
 */
final class Migrations {
  static final String DIRECTORY = "db/migration/";
  static final String INDEX = DIRECTORY + "index.txt";
  private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  private final List<Migration> migrations;

  Migrations(List<Migration> migrations) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalStateException(
            "migrations must be numbered 1, 2, 3... without gaps; found "
                + migrations.stream().map(Migration::version).toList());
      }
    }
    this.migrations = List.copyOf(migrations);
  }

  /** The migrations shipped in this curate, read from the classpath. */
  static Migrations bundled() {
    ClassLoader loader = Migrations.class.getClassLoader();
    List<Migration> found = new ArrayList<>();
    for (String line : resource(loader, INDEX).split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher parts = FILE_NAME.matcher(name);
      if (!parts.matches()) {
        throw new IllegalStateException(INDEX + " names '" + name + "', not V<n>__<name>.sql");
      }
      found.add(
          new Migration(
              Integer.parseInt(parts.group(1)),
              parts.group(2).replace('_', ' '),
              resource(loader, DIRECTORY + name)));
    }
    return new Migrations(found);
  }

  private static String resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("curate is packaged without " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from curate's jar", e);
    }
  }

  List<Migration> all() {
    return migrations;
  }

  /** The schema version this curate writes. */
  int latestVersion() {
    return migrations.size();
  }

  /**
   * Applies what is pending and returns the resulting version.
   *
   * @throws StoreException if the file holds someone else's tables, or a newer curate's schema
   */
  int migrate(Database database, Clock clock) {
    int current =
        database.write("prepare the schema", connection -> bootstrap(connection, database));
    checkNotNewer(database, current);
    for (Migration migration : migrations) {
      if (migration.version() > current) {
        database.write(
            "apply schema migration V" + migration.version() + " (" + migration.description() + ")",
            connection -> apply(connection, migration, clock));
      }
    }
    return Math.max(current, latestVersion());
  }

  /**
   * For a database that is only read: its version, which must be this curate's own, since migrating
   * would mean writing.
   */
  int requireCurrent(Database database) {
    int current =
        database.read(
            "read the schema version",
            connection -> {
              if (!hasTable(connection, "schema_version")) {
                if (hasAnyTable(connection)) {
                  throw Database.notCurate(
                      database.file(), "it holds other tables and no schema_version table", null);
                }
                return 0;
              }
              return currentVersion(connection);
            });
    checkNotNewer(database, current);
    if (current == 0) {
      throw new StoreException(
          "workspace database "
              + database.file()
              + " holds nothing yet and its folder is"
              + " not writable: fetch into a writable workspace (--workspace or CURATE_WORKSPACE)",
          null);
    }
    if (current < latestVersion()) {
      throw new StoreException(
          "workspace database "
              + database.file()
              + " has schema version "
              + current
              + " and this curate needs "
              + latestVersion()
              + ", which means writing to it, but its folder is not"
              + " writable: make the workspace writable once (or copy it elsewhere and use --workspace)",
          null);
    }
    return current;
  }

  /** Creates the version table in a new file; refuses a file that has tables but not this one. */
  private static int bootstrap(Connection connection, Database database) throws SQLException {
    if (!hasTable(connection, "schema_version") && hasAnyTable(connection)) {
      throw Database.notCurate(
          database.file(), "it holds other tables and no schema_version table", null);
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          """
          CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at  TEXT NOT NULL
          )""");
    }
    return currentVersion(connection);
  }

  private void checkNotNewer(Database database, int current) {
    if (current > latestVersion()) {
      throw new StoreException(
          "workspace database "
              + database.file()
              + " has schema version "
              + current
              + ", newer than this curate (knows "
              + latestVersion()
              + "): upgrade curate",
          null);
    }
  }

  /**
   * Re-reads the version inside the transaction: another curate process may have migrated the file
   * between our check and our write lock, and then there is nothing left to do.
   */
  private static Void apply(Connection connection, Migration migration, Clock clock)
      throws SQLException {
    if (currentVersion(connection) >= migration.version()) {
      return null;
    }
    try (Statement statement = connection.createStatement()) {
      // sqlite-jdbc runs every statement of a multi-statement string through sqlite3_exec.
      statement.executeUpdate(migration.sql());
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, migration.version());
      insert.setString(2, migration.description());
      insert.setString(3, Columns.instant(clock.instant()));
      insert.executeUpdate();
    }
    return null;
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private static boolean hasTable(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static boolean hasAnyTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
      return row.next();
    }
  }
}
