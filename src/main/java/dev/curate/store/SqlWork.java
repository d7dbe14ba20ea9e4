package dev.curate.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of SQL work on the store's connection, run by {@link Database} inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
