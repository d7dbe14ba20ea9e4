package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.util.ZstdVersion;
import com.sun.jna.Native;
import dev.curate.reddit.dump.JnaNativeLibrary;
import dev.curate.store.SqliteNativeLibrary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the copies is {@code LauncherNativeLibrariesIT}'s part, through the launcher. */
class NativeLibrariesTest {
  @TempDir Path folder;

  @Test
  void unpacksTheLibrariesOfThisPlatformAndNamesThemInTheOptions() throws Exception {
    List<String> options = NativeLibraries.unpack(folder, folder.toString());

    Path sqlite = onlyFile(folder.resolve("sqlite"));
    Path zstd = onlyFile(folder.resolve("zstd"));
    Path jna = onlyFile(folder.resolve("jna"));
    assertThat(options)
        .containsExactly(
            "-Dorg.sqlite.lib.path=" + folder.resolve("sqlite"),
            "-Dorg.sqlite.lib.name=" + sqlite.getFileName(),
            "-DZstdNativePath=" + zstd,
            "-Djna.boot.library.path=" + folder.resolve("jna"));
    try (InputStream jar = getClass().getResourceAsStream(SqliteNativeLibrary.resource())) {
      assertThat(Files.readAllBytes(sqlite)).isEqualTo(jar.readAllBytes());
    }
    assertThat(zstd.getFileName().toString()).startsWith("libzstd-jni-" + ZstdVersion.VERSION);
    assertThat(isNativeLibrary(zstd)).isTrue();
    // The name JNA looks for in jna.boot.library.path (Native.loadNativeDispatchLibrary).
    assertThat(jna.getFileName().toString())
        .isEqualTo(System.mapLibraryName("jnidispatch").replace(".dylib", ".jnilib"));
    try (InputStream jar = Native.class.getResourceAsStream(JnaNativeLibrary.resource())) {
      assertThat(Files.readAllBytes(jna)).isEqualTo(jar.readAllBytes());
    }
    assertThat(isNativeLibrary(jna)).isTrue();
  }

  /**
   * Finding JNA's file loads none of JNA's native code: in a JVM where JNA could not load it, the
   * unpacking still succeeds.
   */
  @Test
  void unpackingDoesNotLoadJna() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Djna.nosys=true",
                "-Djna.noclasspath=true",
                "-Djna.tmpdir=" + folder.resolve("jna-tmp"),
                "-cp",
                System.getProperty("java.class.path"),
                NativeLibraries.class.getName(),
                folder.resolve("native").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("-Djna.boot.library.path=");
    assertThat(folder.resolve("jna-tmp")).doesNotExist();
  }

  @Test
  void aSecondRunReplacesTheCopies() throws Exception {
    NativeLibraries.unpack(folder, folder.toString());
    Path sqlite = onlyFile(folder.resolve("sqlite"));
    Files.write(sqlite, new byte[] {1, 2, 3});

    NativeLibraries.unpack(folder, folder.toString());

    assertThat(isNativeLibrary(sqlite)).isTrue();
  }

  private static Path onlyFile(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  /** ELF, Mach-O or PE, and not a stub: what the jars hold for this platform. */
  private static boolean isNativeLibrary(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length > 100_000
        && (bytes[0] == 0x7f
            || bytes[0] == (byte) 0xcf
            || bytes[0] == (byte) 0xfe
            || bytes[0] == 'M');
  }

  /** The launcher's placeholder stands for the folder, wherever the clone is later. */
  @Test
  void theOptionsCanNameTheFolderByAPlaceholder() throws Exception {
    List<String> options = NativeLibraries.unpack(folder, "@native@");

    assertThat(options).hasSize(4).allSatisfy(o -> assertThat(o).doesNotContain(folder.toString()));
    assertThat(options.get(0)).isEqualTo("-Dorg.sqlite.lib.path=@native@/sqlite");
    assertThat(options.get(2)).startsWith("-DZstdNativePath=@native@/zstd/libzstd-jni-");
    assertThat(options.get(3)).isEqualTo("-Djna.boot.library.path=@native@/jna");
  }
}
