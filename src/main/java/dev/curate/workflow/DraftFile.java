package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a draft without ever destroying an editor's work. Each draft ends with an invisible
 * marker holding the hash of what curate wrote; a file whose content no longer matches its
 * marker has been edited, and is only overwritten with {@code --force}. Writes go to a
 * temporary file first and are moved into place, so a crash never leaves half a draft.
 */
public final class DraftFile {
  private static final Pattern MARKER =
      Pattern.compile("\\n<!-- curate-draft sha256=([0-9a-f]{64}) -->\\n?\\z");

  private DraftFile() {}

  /** The draft with its marker appended. */
  public static String withMarker(String markdown) {
    String body = markdown.endsWith("\n") ? markdown : markdown + "\n";
    return body + "\n<!-- curate-draft sha256=" + sha256(body) + " -->\n";
  }

  /** True when the text is exactly what curate wrote (its marker still matches). */
  static boolean isUnedited(String text) {
    Matcher m = MARKER.matcher(text);
    if (!m.find()) {
      return false;
    }
    return sha256(text.substring(0, m.start())).equals(m.group(1));
  }

  public static void write(Path target, String markdown, boolean force) {
    try {
      if (Files.exists(target) && !force) {
        String existing = Files.readString(target, StandardCharsets.UTF_8);
        if (!isUnedited(existing)) {
          throw new CurateException(
              ExitCode.FAILURE,
              target + " has been edited since curate wrote it: pass --force to overwrite it,"
                  + " or --output FILE to write the new draft elsewhere");
        }
      }
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".draft-", ".tmp");
      try {
        Files.writeString(tmp, withMarker(markdown), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CurateException(ExitCode.FAILURE, "cannot write the draft to " + target + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
