package dev.curate.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the target's folder
 * (created when missing), which is then moved over the target, so a crash or a full disk leaves the
 * old file or the new one, never half of one.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * @param beforeMove run once the content is written, just before the move: the caller's last look
   *     at what is at the target now (a FIFO or device put there meanwhile must not be replaced);
   *     it refuses by throwing, and then nothing is moved
   */
  public static void write(Path target, byte[] content, Runnable beforeMove) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".curate-", ".tmp");
    try {
      Files.write(tmp, content);
      beforeMove.run();
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
