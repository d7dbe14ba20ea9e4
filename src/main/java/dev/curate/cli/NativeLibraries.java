package dev.curate.cli;

import dev.curate.reddit.dump.ZstdNativeLibrary;
import dev.curate.store.SqliteNativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unpacks the native libraries of the SQLite driver and of zstd-jni from the jar into a folder, and
 * prints the JVM options that make each library load its copy from there, one per line. The
 * launcher runs it once per jar ({@code target/native}).
 *
 * <p>Without it both libraries unpack themselves on every start: the driver forks {@code uname -o},
 * inflates its 1.1 MB library into the temporary folder and compares the copy with the jar's byte
 * by byte (about 50 ms of CPU in each command that opens the store), and zstd-jni inflates its 0.9
 * MB library before a dump's first byte is decompressed (28 ms before, 2 ms with its copy, measured
 * with {@code Native.load()} alone). Each library is asked where its own file is in the jar, so
 * that a platform the launcher knows nothing about gets the right one, or none: a library not found
 * here is left to unpack itself as before.
 *
 * <p>Usage: {@code java -cp curate.jar dev.curate.cli.NativeLibraries FOLDER}
 */
public final class NativeLibraries {
  private NativeLibraries() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NativeLibraries FOLDER");
      System.exit(2);
    }
    for (String option : unpack(Path.of(args[0]).toAbsolutePath())) {
      System.out.println(option);
    }
  }

  /** Unpacks what this platform has into {@code folder}; the options that load those copies. */
  static List<String> unpack(Path folder) throws IOException {
    List<String> options = new ArrayList<>();
    Path sqliteCopy = copy(SqliteNativeLibrary.resource(), folder.resolve("sqlite"));
    if (sqliteCopy != null) {
      options.add("-Dorg.sqlite.lib.path=" + sqliteCopy.getParent());
      options.add("-Dorg.sqlite.lib.name=" + sqliteCopy.getFileName());
    }
    Optional<String> zstd = ZstdNativeLibrary.resource();
    Path zstdCopy = zstd.isEmpty() ? null : copy(zstd.get(), folder.resolve("zstd"));
    if (zstdCopy != null) {
      options.add("-DZstdNativePath=" + zstdCopy);
    }
    return options;
  }

  private static Path copy(String resource, Path folder) throws IOException {
    try (InputStream in = NativeLibraries.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Files.createDirectories(folder);
      Path copy = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    }
  }
}
