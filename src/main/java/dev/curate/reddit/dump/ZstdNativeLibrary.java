package dev.curate.reddit.dump;

import java.lang.reflect.Method;
import java.util.Optional;

/** Where zstd-jni keeps its native library for this platform in the jar. */
public final class ZstdNativeLibrary {
  private ZstdNativeLibrary() {}

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
