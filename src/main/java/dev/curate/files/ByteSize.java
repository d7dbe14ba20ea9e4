package dev.curate.files;

import java.util.Locale;

/** A byte count as people read it: {@code 256 KiB}, {@code 20.0 MiB}. */
public final class ByteSize {
  private ByteSize() {}

  public static String describe(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return whole(bytes, 1024) + " KiB";
    }
    if (bytes < 1024L * 1024 * 1024) {
      return whole(bytes, 1024 * 1024) + " MiB";
    }
    return whole(bytes, 1024L * 1024 * 1024) + " GiB";
  }

  private static String whole(long bytes, long unit) {
    return bytes % unit == 0
        ? Long.toString(bytes / unit)
        : String.format(Locale.ROOT, "%.1f", (double) bytes / unit);
  }
}
