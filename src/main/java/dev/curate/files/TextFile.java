package dev.curate.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file a user named (a configuration, a template, a draft to compare), whole, but only
 * when it is a regular file no larger than a bound: anything else is refused before it is opened,
 * so {@code /dev/zero} cannot fill the memory and a FIFO cannot block the command.
 */
public final class TextFile {
  private TextFile() {}

  /**
   * The file's text, decoded as UTF-8.
   *
   * @param maxBytes the largest file accepted
   * @throws UnreadableFileException saying why the file cannot be used, in words that follow its
   *     name
   */
  public static String read(Path file, long maxBytes) throws UnreadableFileException {
    byte[] bytes = readBytes(file, maxBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          UnreadableFileException.Reason.NOT_TEXT, "is not UTF-8 text");
    }
  }

  /**
   * The file's bytes, under the same rules as {@link #read}: a regular file no larger than {@code
   * maxBytes} (an image beside a draft, say).
   */
  public static byte[] readBytes(Path file, long maxBytes) throws UnreadableFileException {
    FileKind kind = FileKind.of(file);
    if (kind == FileKind.MISSING) {
      throw new UnreadableFileException(UnreadableFileException.Reason.MISSING, "does not exist");
    }
    if (kind != FileKind.REGULAR && kind != FileKind.UNKNOWN) {
      throw new UnreadableFileException(
          UnreadableFileException.Reason.NOT_REGULAR,
          "is " + kind.description() + ", not a regular file");
    }
    byte[] bytes;
    // UNKNOWN (the metadata could not be read) is opened so that the failure names its cause.
    try (InputStream in = Files.newInputStream(file)) {
      // One byte more than allowed tells "too large" from "just fits", whatever the size
      // said: /proc files report 0, and a file may grow while it is read.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(UnreadableFileException.Reason.MISSING, "does not exist");
    } catch (IOException e) {
      throw new UnreadableFileException(
          UnreadableFileException.Reason.UNREADABLE, "cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length > maxBytes) {
      throw new UnreadableFileException(
          UnreadableFileException.Reason.TOO_LARGE,
          "is larger than " + ByteSize.describe(maxBytes) + sizeSuffix(file));
    }
    return bytes;
  }

  private static String sizeSuffix(Path file) {
    try {
      long size = Files.size(file);
      return size > 0 ? " (it is " + ByteSize.describe(size) + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }
}
