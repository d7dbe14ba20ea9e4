package dev.curate.reddit.dump;

import com.sun.jna.Platform;

/** Where JNA, which {@link PagePopulator} calls madvise through, keeps its library in the jar. */
public final class JnaNativeLibrary {
  private JnaNativeLibrary() {}

  /**
   * JNA's dispatch library for this platform, named as JNA itself names it ({@code
   * Native.loadNativeDispatchLibraryFromClasspath}): the file name is also the one JNA looks for in
   * {@code jna.boot.library.path}. {@link Platform}'s initialiser only reads system properties
   * (and, on ARM, this JVM's ELF header): it loads nothing native.
   */
  public static String resource() {
    String name = System.mapLibraryName("jnidispatch").replace(".dylib", ".jnilib");
    return "/com/sun/jna/" + Platform.RESOURCE_PREFIX + "/" + name;
  }
}
