package dev.curate.reddit.dump;

import com.github.luben.zstd.util.Native;
import java.lang.reflect.Method;
import java.util.Optional;

/** Where zstd-jni keeps its native library for this platform in the jar, and its loading. */
public final class ZstdNativeLibrary {
  /** zstd-jni's property naming a copy of its library to load instead of unpacking one. */
  static final String COPY = "ZstdNativePath";

  private ZstdNativeLibrary() {}

  /**
   * Loads zstd's library: the launcher's copy ({@code -DZstdNativePath}, unpacked once per jar),
   * else, when that copy will not load (deleted, another platform's), the library from the jar as
   * zstd-jni unpacks it itself. zstd-jni gives no such fallback: a copy that fails to load is an
   * error, and its stream classes could then never be initialised.
   *
   * @throws LinkageError when neither loads
   */
  static synchronized void load() {
    try {
      Native.load();
    } catch (UnsatisfiedLinkError e) {
      if (System.getProperty(COPY) == null) {
        throw e;
      }
      System.clearProperty(COPY);
      Native.load();
    }
  }

  /**
   * zstd-jni's own name, such as {@code /linux/amd64/libzstd-jni-1.5.7-28.so}. It keeps the rule
   * private: a version that changed it gives empty, and the library unpacks itself as it always
   * did.
   */
  public static Optional<String> resource() {
    try {
      Method name =
          Class.forName("com.github.luben.zstd.util.Native").getDeclaredMethod("resourceName");
      name.setAccessible(true);
      return Optional.ofNullable((String) name.invoke(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
