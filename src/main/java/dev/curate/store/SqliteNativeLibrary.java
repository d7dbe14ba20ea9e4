package dev.curate.store;

import org.sqlite.util.LibraryLoaderUtil;

/** Where the SQLite driver keeps its native library for this platform in the jar. */
public final class SqliteNativeLibrary {
  private SqliteNativeLibrary() {}

  /** The driver's own answer, such as {@code /org/sqlite/native/Linux/x86_64/libsqlitejdbc.so}. */
  public static String resource() {
    return LibraryLoaderUtil.getNativeLibResourcePath()
        + "/"
        + LibraryLoaderUtil.getNativeLibName();
  }
}
