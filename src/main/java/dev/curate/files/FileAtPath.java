package dev.curate.files;

import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What a path leads to once a symbolic link is followed, and whether it went through one: what a
 * write must look at before replacing it ({@link FileKind#of} alone says either the link or what it
 * points to, and a refusal should say both).
 */
public record FileAtPath(FileKind kind, boolean throughLink) {
  public static FileAtPath of(Path path) {
    FileKind here = FileKind.of(path, LinkOption.NOFOLLOW_LINKS);
    return here == FileKind.SYMBOLIC_LINK
        ? new FileAtPath(FileKind.of(path), true)
        : new FileAtPath(here, false);
  }

  /** Whether a file may be moved over it: nothing there, or a regular file (through a link). */
  public boolean replaceableByAFile() {
    return kind == FileKind.MISSING || kind == FileKind.REGULAR;
  }

  /** "a FIFO (named pipe)", "a symbolic link to a directory": fits "PATH is ...". */
  public String description() {
    return (throughLink ? "a symbolic link to " : "") + kind.description();
  }
}
