package dev.curate.events;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of GH Archive's hourly files, {@code YYYY-MM-DD-H.json.gz}: the hour is not zero-padded
 * ({@code 2015-01-01-15.json.gz}, {@code 2015-01-01-{0..23}.json.gz}: gharchive.org), and the name
 * is the only place that says which hour a file holds.
 *
 * @param hour the first second of the hour, UTC
 */
record HourFile(Path path, Instant hour) {
  private static final Pattern NAME =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(\\d{1,2})\\.json\\.gz");

  /** The example messages give. */
  static final String EXAMPLE = "YYYY-MM-DD-H.json.gz, e.g. 2018-11-03-7.json.gz";

  /** The file's hour, if its name is one of GH Archive's. */
  static Optional<HourFile> of(Path path) {
    Path name = path.getFileName();
    Matcher m = NAME.matcher(name == null ? "" : name.toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(4));
    if (hour > 23) {
      return Optional.empty();
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return Optional.of(new HourFile(path, day.atTime(hour, 0).toInstant(ZoneOffset.UTC)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
