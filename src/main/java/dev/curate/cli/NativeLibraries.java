package dev.curate.cli;

import dev.curate.reddit.dump.JnaNativeLibrary;
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
 * Unpacks the native libraries of the SQLite driver, of zstd-jni and of JNA from the jar into a
 * folder, and prints the JVM options that make each library load its copy from there, one per line.
 * The launcher runs it once per jar ({@code target/native}).
 *
 * <p>Without it each library unpacks itself whenever it loads: the driver forks {@code uname -o},
 * inflates its 1.1 MB library into the temporary folder and compares the copy with the jar's byte
 * by byte (about 50 ms of CPU in each command that opens the store), and zstd-jni inflates its 0.9
 * MB library before a dump's first byte is decompressed (28 ms before, 2 ms with its copy, measured
 * with {@code Native.load()} alone). JNA's copy matters less to the time: JNA loads only to
 * populate a large zstd window ({@code reddit.dump.WindowPrefaulter}), on a thread of its own, off
 * the decoder's path ({@code Native.register} took about 140 ms unpacking, 115 ms with its copy,
 * median of twelve JVMs without class sharing). But unpacking, JNA writes its 0.1 MB dispatch
 * library into the user's cache folder ({@code ~/.cache/JNA/temp} on Linux) on every read of a dump
 * whose window is 64 MiB or more. Each library is asked where its own file is in the jar (JNA
 * through its {@code Platform}, as it asks itself: {@code reddit.dump.JnaNativeLibrary}), so that a
 * platform the launcher knows nothing about gets the right one, or none: a library not found here
 * is left to unpack itself as before, and so is a copy that will not load (JNA, like zstd, then
 * unpacks its own).
 *
 * <p>Usage: {@code java -cp curate.jar dev.curate.cli.NativeLibraries FOLDER [SHOWN-AS]}: with
 * SHOWN-AS the options name the folder so (the launcher's {@code @native@}, which it replaces by
 * the folder's place when it runs, so that a clone that moved still finds its copies).
 */
public final class NativeLibraries {
  private NativeLibraries() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: NativeLibraries FOLDER [SHOWN-AS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]).toAbsolutePath();
    for (String option : unpack(folder, args.length == 2 ? args[1] : folder.toString())) {
      System.out.println(option);
    }
  }

  /**
   * Unpacks what this platform has into {@code folder}; the options that load those copies, with
   * {@code folder} written as {@code shownAs}.
   */
  static List<String> unpack(Path folder, String shownAs) throws IOException {
    List<String> options = new ArrayList<>();
    Optional<String> sqlite = copy(SqliteNativeLibrary.resource(), folder, "sqlite");
    if (sqlite.isPresent()) {
      options.add("-Dorg.sqlite.lib.path=" + shownAs + "/sqlite");
      options.add("-Dorg.sqlite.lib.name=" + sqlite.get());
    }
    Optional<String> zstd = ZstdNativeLibrary.resource();
    Optional<String> zstdCopy =
        zstd.isEmpty() ? Optional.empty() : copy(zstd.get(), folder, "zstd");
    zstdCopy.ifPresent(name -> options.add("-DZstdNativePath=" + shownAs + "/zstd/" + name));
    if (copy(JnaNativeLibrary.resource(), folder, "jna").isPresent()) {
      options.add("-Djna.boot.library.path=" + shownAs + "/jna");
    }
    return options;
  }

  /**
   * Copies {@code resource} into {@code folder/sub}; its file name, or empty if the jar lacks it.
   */
  private static Optional<String> copy(String resource, Path folder, String sub)
      throws IOException {
    try (InputStream in = NativeLibraries.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      Files.createDirectories(folder.resolve(sub));
      Files.copy(in, folder.resolve(sub).resolve(name), StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(name);
    }
  }
}
