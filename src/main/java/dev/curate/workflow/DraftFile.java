package dev.curate.workflow;

import dev.curate.draft.DraftChart;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.files.AtomicFile;
import dev.curate.files.ByteSize;
import dev.curate.files.FileAtPath;
import dev.curate.files.FileKind;
import dev.curate.files.TextFile;
import dev.curate.files.UnreadableFileException;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a draft without ever destroying an editor's work. Each draft ends with an invisible marker
 * holding the hash of what curate wrote; a file whose content no longer matches its marker has been
 * edited, and is only overwritten with {@code --force}. Writes go to a temporary file first and are
 * moved into place ({@link AtomicFile}), so a crash never leaves half a draft; the star charts the
 * draft links go the same way into a folder beside it ({@link #chartFolder}).
 *
 * <p>Only a regular file (or a link to one) is read or replaced, even with {@code --force}: a move
 * onto a device node replaces the node (as root, {@code /dev/null} itself), reading a FIFO blocks
 * until someone writes to it, and {@code /dev/zero} never ends. A draft for a pipe or a device is
 * printed with {@code --output -} instead.
 */
public final class DraftFile {
  /**
   * The largest draft written to a file, and so the most read back for the edit check. A draft is
   * tens of KiB; more means a runaway template, and a larger file is not one of ours.
   */
  static final long MAX_BYTES = 16L * 1024 * 1024;

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

  /** The draft without the marker curate ends it with, if it still has one (edited or not). */
  static String withoutMarker(String text) {
    Matcher m = MARKER.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  /**
   * The draft at {@code target} as it is now, for {@code draft --diff}.
   *
   * @throws CurateException when there is none (run {@code curate draft} first) or it cannot be
   *     read as a draft
   */
  public static String current(Path target, CalendarMonth month) {
    return current(target, month, "read");
  }

  /**
   * As {@link #current(Path, CalendarMonth)}, for a command that reads the draft to do something
   * else with it: its failure says "cannot {@code doing} the draft", e.g. "cannot preview".
   */
  static String current(Path target, CalendarMonth month, String doing) {
    try {
      return TextFile.read(target, MAX_BYTES);
    } catch (UnreadableFileException e) {
      if (e.reason() == UnreadableFileException.Reason.MISSING) {
        throw missing(target, month);
      }
      throw new CurateException(
          ExitCode.FAILURE,
          "cannot " + doing + " the draft " + target + ": it " + e.getMessage(),
          e);
    }
  }

  /** No draft where one is expected: one line saying to write it first. */
  static CurateException missing(Path draft, CalendarMonth month) {
    return new CurateException(
        ExitCode.FAILURE,
        "no draft of "
            + month
            + " at "
            + draft
            + " yet: run 'curate draft --month "
            + month
            + "' first");
  }

  /**
   * Whether the draft at {@code target} changed since curate wrote it, as {@link #check} decides
   * before replacing it: empty when there is no file; true for anything that is not a draft curate
   * wrote (too large, not text, not a regular file, unreadable).
   */
  public static Optional<Boolean> edited(Path target) {
    try {
      return Optional.of(!isUnedited(TextFile.read(target, MAX_BYTES)));
    } catch (UnreadableFileException e) {
      return e.reason() == UnreadableFileException.Reason.MISSING
          ? Optional.empty()
          : Optional.of(true);
    }
  }

  /**
   * Refuses what {@link #write} would refuse, without writing anything: run before the work of
   * rendering (and the requests for comments), so that a wrong {@code --output} is said at once.
   */
  public static void check(Path target, boolean force) {
    FileKind there = kindBehindLinks(target);
    if (there == FileKind.REGULAR && !force) {
      requireUnedited(target);
    }
    requireWritableFolder(target);
  }

  public static void write(Path target, String markdown, boolean force) {
    write(target, markdown, List.of(), force);
  }

  /**
   * Writes the draft and, into its {@link #chartFolder chart folder}, the charts it links: every
   * chart first, so that the draft never links a chart not yet there. Each file is written whole or
   * not at all; what is in the way of any of them (a FIFO, a device, a file where the folder goes)
   * is refused before anything is written. The charts are curate's own and are replaced whenever
   * the draft is.
   */
  public static void write(Path target, String markdown, List<DraftChart> charts, boolean force) {
    check(target, force);
    String text = withMarker(markdown);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new CurateException(
          ExitCode.FAILURE,
          "the draft is "
              + ByteSize.describe(bytes.length)
              + ", more than the "
              + ByteSize.describe(MAX_BYTES)
              + " curate writes to a file: check the template, or print it with --output -");
    }
    Path folder = chartFolder(target);
    if (!charts.isEmpty()) {
      requireChartFolder(folder, target);
      charts.forEach(c -> chartKind(folder.resolve(c.fileName()), target));
    }
    for (DraftChart chart : charts) {
      Path file = folder.resolve(chart.fileName());
      try {
        AtomicFile.write(
            file, chart.svg().getBytes(StandardCharsets.UTF_8), () -> chartKind(file, target));
      } catch (IOException e) {
        throw cannotWrite(target, "its chart " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      // Once more just before the move: a FIFO or device put there meanwhile is not replaced.
      AtomicFile.write(target, bytes, () -> kindBehindLinks(target));
    } catch (IOException e) {
      throw cannotWrite(target, e.getMessage(), e);
    }
  }

  /**
   * Where a draft's charts go: the folder beside it named after it without its extension ({@code
   * drafts/2018-11/} for {@code drafts/2018-11.md}), or with {@code -charts} added when its name
   * has no extension (a file and a folder cannot share a name) or nothing else but dots.
   */
  public static Path chartFolder(Path target) {
    Path absolute = target.toAbsolutePath();
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : "";
    // "..md" and "...md" would name the draft's own folder and its parent.
    boolean usable = !stem.isEmpty() && !stem.equals(".") && !stem.equals("..");
    return absolute.resolveSibling(usable ? stem : name + "-charts");
  }

  private static void requireChartFolder(Path folder, Path target) {
    FileAtPath there = FileAtPath.of(folder);
    if (there.kind() == FileKind.MISSING
        || there.kind() == FileKind.DIRECTORY
        || there.kind() == FileKind.UNKNOWN) {
      return; // UNKNOWN: creating or writing into it fails, naming the cause
    }
    throw new CurateException(
        ExitCode.USAGE,
        folder
            + " is "
            + there.description()
            + ", not a folder: the draft "
            + target
            + " keeps its star charts in a folder of that name; move it away, or choose another"
            + " --output");
  }

  /** A chart replaces nothing but a regular file (or a link to one), as the draft does. */
  private static void chartKind(Path file, Path target) {
    FileAtPath there = FileAtPath.of(file);
    if (there.replaceableByAFile() || there.kind() == FileKind.UNKNOWN) {
      return;
    }
    throw new CurateException(
        ExitCode.USAGE,
        file
            + " is "
            + there.description()
            + ", not a regular file: curate writes the star charts of "
            + target
            + " there and replaces nothing else; move it away, or choose another --output");
  }

  /**
   * What the target is once links are followed; refuses anything but nothing or a regular file. A
   * link to a regular file is replaced by the draft (the link, not its target).
   */
  private static FileKind kindBehindLinks(Path target) {
    FileAtPath found = FileAtPath.of(target);
    FileKind there = found.kind();
    if (found.replaceableByAFile() || there == FileKind.UNKNOWN) {
      return there; // UNKNOWN: the write itself fails, naming the cause
    }
    String what = found.description();
    if (there == FileKind.DIRECTORY) {
      throw new CurateException(
          ExitCode.USAGE,
          target
              + " is "
              + what
              + ": give --output a file name,"
              + " e.g. "
              + target.resolve("draft.md"));
    }
    throw new CurateException(
        ExitCode.USAGE,
        target
            + " is "
            + what
            + ", not a regular file: curate writes"
            + " drafts to regular files only (never replacing anything else, even with --force); to send the draft"
            + " there, print it with --output - (curate draft --output - > "
            + target
            + ")");
  }

  private static void requireUnedited(Path target) {
    String existing;
    try {
      existing = TextFile.read(target, MAX_BYTES);
    } catch (UnreadableFileException e) {
      switch (e.reason()) {
        case MISSING:
          return; // gone since it was looked at: nothing to protect
        case TOO_LARGE:
        case NOT_TEXT:
          throw edited(target, target + " is not a draft curate wrote (it " + e.getMessage() + ")");
        case NOT_REGULAR:
          kindBehindLinks(target); // replaced by a FIFO or device meanwhile: refused as such
          throw cannotWrite(target, e.getMessage(), e);
        default:
          throw new CurateException(
              ExitCode.FAILURE,
              "cannot check "
                  + target
                  + " before replacing it: it "
                  + e.getMessage()
                  + "; choose another --output, or print the draft with --output -",
              e);
      }
    }
    if (!isUnedited(existing)) {
      throw edited(target, target + " has been edited since curate wrote it");
    }
  }

  private static CurateException edited(Path target, String what) {
    return new CurateException(
        ExitCode.FAILURE,
        what + ": pass --force to overwrite it, or --output FILE to write the new draft elsewhere");
  }

  /**
   * The folder the draft goes to, or the nearest one that exists (the rest is created), must be a
   * folder that can be written: found before anything is rendered, not after.
   */
  private static void requireWritableFolder(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir == null) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw cannotWrite(target, dir + " is not a folder", null);
    }
    if (!Files.isWritable(dir)) {
      throw cannotWrite(target, "folder " + dir + " is not writable", null);
    }
  }

  private static CurateException cannotWrite(Path target, String why, Throwable cause) {
    return new CurateException(
        ExitCode.FAILURE,
        "cannot write the draft to "
            + target
            + " ("
            + why
            + "): choose another --output, or print the draft with --output -",
        cause);
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
