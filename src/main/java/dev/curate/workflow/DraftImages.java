package dev.curate.workflow;

import dev.curate.files.TextFile;
import dev.curate.files.UnreadableFileException;
import dev.curate.preview.LocalImage;
import dev.curate.preview.LocalImages;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The images a draft links by a relative path, read from beside it for the preview: only from the
 * draft's own folder and below (a link cannot reach {@code ../../.ssh}), only regular files of a
 * known image type and at most {@value #MAX_BYTES} bytes.
 */
final class DraftImages implements LocalImages {
  /** A star chart is a few KiB; a photo the editor added may be a few MiB. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp");

  private final Path folder;

  /**
   * @param draft the draft whose links are resolved
   */
  DraftImages(Path draft) {
    this.folder = draft.toAbsolutePath().normalize().getParent();
  }

  @Override
  public Optional<LocalImage> find(String destination) {
    Optional<Path> file = resolve(destination);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String name = file.get().getFileName().toString();
    String type =
        MEDIA_TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LocalImage(type, TextFile.readBytes(file.get(), MAX_BYTES)));
    } catch (UnreadableFileException e) {
      return Optional.empty();
    }
  }

  private Optional<Path> resolve(String destination) {
    try {
      // The draft percent-encodes its links; the file's name is the decoded path.
      URI uri = URI.create(destination);
      String path = uri.getPath();
      if (uri.isAbsolute() || uri.getRawAuthority() != null || path == null || path.isEmpty()) {
        return Optional.empty();
      }
      Path file = folder.resolve(path).normalize();
      return file.startsWith(folder) && !file.equals(folder) ? Optional.of(file) : Optional.empty();
    } catch (IllegalArgumentException e) { // no URI, or no path (InvalidPathException)
      return Optional.empty();
    }
  }
}
