package dev.curate.events;

import dev.curate.error.UsageException;
import dev.curate.files.FileKind;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The hour files that {@code --gharchive FILE|DIR...} names, by hour: a folder's GH Archive hour
 * files (other files in it are not GH Archive's and are passed over), and each file named on its
 * own, which must be one. Only the hours of the month and the three before it are kept; an hour
 * given twice is refused rather than counted twice.
 *
 * @param byHour the hour files of the four months, by hour
 * @param otherMonths hour files given of other months, not read
 * @param folders the folders the kept files are in
 */
record HourFiles(Map<Instant, HourFile> byHour, int otherMonths, Set<Path> folders) {
  static final String OPTION = "--gharchive";

  static HourFiles collect(List<Path> paths, CalendarMonth month) {
    Instant from = month.start();
    for (int k = 0; k < StarQueries.EARLIER_MONTHS; k++) {
      from = CalendarMonth.containing(from).previous().start();
    }
    Instant to = month.end();
    Map<Instant, HourFile> byHour = new TreeMap<>();
    Set<Path> folders = new TreeSet<>();
    int otherMonths = 0;
    for (HourFile file : named(paths)) {
      if (file.hour().isBefore(from) || !file.hour().isBefore(to)) {
        otherMonths++;
        continue;
      }
      HourFile before = byHour.putIfAbsent(file.hour(), file);
      if (before != null && !same(before.path(), file.path())) {
        throw new UsageException(
            OPTION
                + ": "
                + before.path()
                + " and "
                + file.path()
                + " are both the hour "
                + StarQueries.text(file.hour())
                + " UTC: give each hour once");
      }
      Path folder = file.path().toAbsolutePath().normalize().getParent();
      if (folder != null) {
        folders.add(folder);
      }
    }
    return new HourFiles(byHour, otherMonths, folders);
  }

  private static List<HourFile> named(List<Path> paths) {
    List<HourFile> files = new ArrayList<>();
    for (Path path : paths) {
      FileKind kind = FileKind.of(path);
      switch (kind) {
        case REGULAR ->
            files.add(
                HourFile.of(path)
                    .orElseThrow(
                        () ->
                            new UsageException(
                                OPTION
                                    + ": "
                                    + path
                                    + " is not named as GH Archive names its hour files ("
                                    + HourFile.EXAMPLE
                                    + ")")));
        case DIRECTORY -> files.addAll(inFolder(path));
        case MISSING ->
            throw new UsageException(OPTION + ": " + path + " does not exist: check the path");
        default ->
            throw new UsageException(
                OPTION
                    + ": "
                    + path
                    + " is "
                    + kind.description()
                    + ", not a GH Archive hour file or a folder of them");
      }
    }
    return files;
  }

  private static List<HourFile> inFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> FileKind.of(p) == FileKind.REGULAR)
          .flatMap(p -> HourFile.of(p).stream())
          .toList();
    } catch (IOException e) {
      throw new UsageException(
          OPTION + ": cannot list the folder " + folder + ": " + e.getMessage());
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
