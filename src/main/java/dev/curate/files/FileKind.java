package dev.curate.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at a path a user named. Only a regular file may be read whole or replaced: reading a FIFO
 * blocks until someone writes to it, {@code /dev/zero} never ends, and moving a file onto a device
 * node replaces the node itself.
 */
public enum FileKind {
  MISSING("missing"),
  REGULAR("a regular file"),
  DIRECTORY("a directory"),
  SYMBOLIC_LINK("a symbolic link"),
  FIFO("a FIFO (named pipe)"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  OTHER("a special file"),
  /** Its metadata cannot be read (a permission, an I/O error): whoever opens it reports why. */
  UNKNOWN("of a kind that cannot be told");

  // The S_IFMT bits of st_mode (POSIX sys/stat.h), for telling apart what Java calls "other".
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  /** "a FIFO (named pipe)", "a character device"...: fits "PATH is ...". */
  public String description() {
    return description;
  }

  /**
   * Whether a draft may be moved over what is here: never over a directory, device, FIFO or socket.
   */
  public boolean replaceable() {
    return this == MISSING || this == REGULAR || this == SYMBOLIC_LINK;
  }

  /**
   * What {@code path} is; with {@link LinkOption#NOFOLLOW_LINKS} a symbolic link is {@link
   * #SYMBOLIC_LINK}, otherwise what it points to (a dangling link is {@link #MISSING}).
   */
  public static FileKind of(Path path, LinkOption... options) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
    } catch (NoSuchFileException e) {
      return MISSING;
    } catch (FileSystemException e) {
      // ENOTDIR: a parent is a file, so nothing can be here.
      return "Not a directory".equals(e.getReason()) ? MISSING : UNKNOWN;
    } catch (IOException e) {
      return UNKNOWN;
    }
    if (attributes.isRegularFile()) {
      return REGULAR;
    }
    if (attributes.isDirectory()) {
      return DIRECTORY;
    }
    if (attributes.isSymbolicLink()) {
      return SYMBOLIC_LINK;
    }
    return special(path, options);
  }

  private static FileKind special(Path path, LinkOption... options) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
      return switch (mode & S_IFMT) {
        case S_IFIFO -> FIFO;
        case S_IFCHR -> CHARACTER_DEVICE;
        case S_IFBLK -> BLOCK_DEVICE;
        case S_IFSOCK -> SOCKET;
        default -> OTHER;
      };
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return OTHER; // no "unix" view on this platform: still refused, only named less precisely
    }
  }
}
