package dev.curate.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace as a fetch would find it.
 *
 * @param writable whether a fetch could save there: the folder, or the nearest one above it that
 *     exists (a fetch creates the rest), is a folder curate may write
 * @param months the months fetched into it (0 without a database)
 * @param problem why its database cannot be read; empty when it can or there is none
 */
public record WorkspaceState(
    Path path, boolean exists, boolean writable, int months, Optional<String> problem) {

  /** Whether {@code path}, or the nearest folder above it that exists, may be written. */
  static boolean writable(Path path) {
    Path dir = path.toAbsolutePath();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    return dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
  }
}
