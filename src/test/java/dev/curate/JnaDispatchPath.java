package dev.curate;

import com.sun.jna.Native;

/**
 * Loads JNA's dispatch library and prints the file it was loaded from: for {@link
 * LauncherNativeLibrariesIT}, which runs it with the launcher's options, as no command of curate's
 * is sure to load JNA (only a large dump's window does, and only if its thread starts in time).
 */
final class JnaDispatchPath {
  private JnaDispatchPath() {}

  public static void main(String[] args) {
    // Any use of Native loads the library: JNA records where from in jnidispatch.path.
    System.out.println(Native.POINTER_SIZE + " " + System.getProperty("jnidispatch.path"));
  }
}
