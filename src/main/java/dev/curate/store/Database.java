package dev.curate.store;

import dev.curate.error.StoreException;
import dev.curate.files.FileKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * The one connection to a workspace's SQLite file, and the only way to use it: every piece of work
 * runs in a transaction that either commits whole or rolls back, and SQL failures leave as {@link
 * StoreException}s that name the file. Methods are synchronized: they guard the one connection from
 * the sources a fetch reads and saves side by side, each from a thread of its own, so transactions
 * take turns instead of interleaving.
 */
final class Database implements AutoCloseable {
  /**
   * How long a second curate process (say a {@code draft} while a {@code fetch} commits) waits for
   * the write lock before giving up with SQLITE_BUSY. Our transactions last milliseconds.
   */
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private static final String WORKSPACE_HINT =
      "choose a writable directory with --workspace or CURATE_WORKSPACE";

  private final Path file;
  private final Connection connection;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Creates the workspace if needed and opens (or creates) {@code <workspace>/<fileName>}. */
  static Database open(Path workspace, String fileName) {
    Path directory = workspace.toAbsolutePath().normalize();
    prepareWorkspace(directory);
    Path file = directory.resolve(fileName);
    requireRegularOrAbsent(file);
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file, settings().toProperties());
      enableWriteAheadLog(connection, file);
      return new Database(file, connection);
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw openFailure(file, e);
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
  }

  /**
   * Opens an existing {@code <workspace>/<fileName>} that cannot be written, for reading only.
   * SQLite needs to create the {@code -shm} file to read a WAL database, which a read-only folder
   * forbids; when no {@code -wal} file is there, no curate has the database open (the first
   * connection creates it, and none can in this folder) and it is read as immutable.
   */
  static Database openReadOnly(Path directory, String fileName) {
    Path file = directory.resolve(fileName);
    requireRegularOrAbsent(file);
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "workspace "
              + directory
              + " is not writable and holds no "
              + fileName
              + " to read: nothing was fetched there; "
              + WORKSPACE_HINT,
          null);
    }
    boolean inUse = Files.exists(directory.resolve(fileName + "-wal"));
    SQLiteConfig config = settings();
    config.setReadOnly(true);
    String url =
        "jdbc:sqlite:file:" + file.toUri().getRawPath() + (inUse ? "?mode=ro" : "?immutable=1");
    Connection connection = null;
    try {
      connection = DriverManager.getConnection(url, config.toProperties());
      return new Database(file, connection);
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw openFailure(file, e);
    }
  }

  /**
   * SQLite opens whatever is at the path: a FIFO made it fail with "disk I/O error", and a link to
   * a device would be read, and written, as a database (as root, a disk).
   */
  private static void requireRegularOrAbsent(Path file) {
    FileKind kind = FileKind.of(file);
    if (kind != FileKind.MISSING && kind != FileKind.REGULAR && kind != FileKind.UNKNOWN) {
      throw notCurate(file, "it is " + kind.description() + ", not a regular file", null);
    }
  }

  private static SQLiteConfig settings() {
    SQLiteConfig config = new SQLiteConfig();
    // NORMAL, not FULL: in WAL mode NORMAL never corrupts the file and loses no committed
    // transaction when curate crashes or is killed; only a power cut can drop the last commits,
    // and those are a fetch the editor re-runs. FULL would fsync on every commit for nothing.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  /**
   * WAL lets readers go on while a fetch writes, and an interrupted commit leaves the file intact.
   * SQLite answers with the mode it actually uses, which is not WAL on file systems that lack
   * shared memory; we say so rather than run in a mode nobody chose.
   */
  private static void enableWriteAheadLog(Connection connection, Path file) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA journal_mode = WAL")) {
      String mode = row.next() ? row.getString(1) : "unknown";
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(
            "workspace database "
                + file
                + " cannot use write-ahead logging (journal mode stays "
                + mode
                + "): put the workspace on a local disk with --workspace or CURATE_WORKSPACE",
            null);
      }
    }
  }

  private static void prepareWorkspace(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create workspace " + directory + " (" + describe(e) + "): " + WORKSPACE_HINT, e);
    }
    if (!Files.isWritable(directory)) {
      throw new StoreException(
          "workspace " + directory + " is not writable: " + WORKSPACE_HINT, null);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " exists and is not a directory";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getFile() + ": " + fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static StoreException openFailure(Path file, SQLException e) {
    SQLiteErrorCode code = primaryCode(e);
    if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
      return notCurate(file, sqliteMessage(e), e);
    }
    return new StoreException(
        "cannot open workspace database " + file + " (" + sqliteMessage(e) + "): " + WORKSPACE_HINT,
        e);
  }

  static StoreException notCurate(Path file, String reason, Throwable cause) {
    return new StoreException(
        file
            + " is not a curate database ("
            + reason
            + "): point --workspace elsewhere or move the file away",
        cause);
  }

  /** SQLite's extended codes (SQLITE_IOERR_SHORT_READ...) share their low byte with the primary. */
  private static SQLiteErrorCode primaryCode(SQLException e) {
    return SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xFF);
  }

  /** The driver's message without its "[SQLITE_X] Long description" prefix noise. */
  private static String sqliteMessage(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int detail = message.lastIndexOf(" (");
    return detail >= 0 && message.endsWith(")")
        ? message.substring(detail + 2, message.length() - 1)
        : message;
  }

  Path file() {
    return file;
  }

  /**
   * Runs work that writes. BEGIN IMMEDIATE takes the write lock up front, so a concurrent writer
   * waits out the busy timeout at the start instead of failing half-way with SQLITE_BUSY.
   *
   * @param action what is being done, for the error message: "save the GitHub fetch of 2018-11"
   */
  synchronized <T> T write(String action, SqlWork<T> work) {
    return inTransaction(TransactionMode.IMMEDIATE, action, work, "; nothing of it was saved");
  }

  /** Runs work that only reads, in one snapshot, so that several queries see the same data. */
  synchronized <T> T read(String action, SqlWork<T> work) {
    return inTransaction(TransactionMode.DEFERRED, action, work, "");
  }

  private <T> T inTransaction(
      TransactionMode mode, String action, SqlWork<T> work, String outcome) {
    try {
      connection.unwrap(SQLiteConnection.class).setCurrentTransactionMode(mode);
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("could not " + action + " (" + file + "): " + sqliteMessage(e), e);
    }
    RuntimeException failure = null;
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      failure =
          new StoreException(
              "could not "
                  + action
                  + " ("
                  + file
                  + "): "
                  + sqliteMessage(e)
                  + outcome
                  + diskHint(e),
              e);
      throw failure;
    } catch (RuntimeException e) {
      rollback(e);
      failure = e;
      throw e;
    } finally {
      restoreAutoCommit(failure);
    }
  }

  /** A full disk or an I/O error is the user's to fix, and the message should say how. */
  private static String diskHint(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("SQLITE_IOERR")
        ? "; free some disk space (or check the disk) and fetch again"
        : "";
  }

  private void rollback(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * After a failed commit SQLite may already have rolled back by itself, and switching back to
   * autocommit then fails too; that second error must not hide the first one.
   */
  private void restoreAutoCommit(RuntimeException pending) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (pending != null) {
        pending.addSuppressed(e);
        return;
      }
      throw new StoreException(
          "workspace database " + file + " is in an unknown state: " + sqliteMessage(e), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("could not close workspace database " + file, e);
    }
  }

  private static void closeQuietly(Connection connection, Exception failure) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
