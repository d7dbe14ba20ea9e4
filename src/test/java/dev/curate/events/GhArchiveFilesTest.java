package dev.curate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.curate.config.EventsSettings;
import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --gharchive}: a month's star events counted from GH Archive's hour files, generated in the
 * Events API's shape ({@link StarEvents}) with other event types, a renamed repository, malformed
 * lines and missing hours.
 */
class GhArchiveFilesTest {
  @TempDir Path dir;

  static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  static final CalendarMonth OCTOBER = CalendarMonth.of(2018, 10);

  static final Instant MISSING_1 = Instant.parse("2018-11-05T12:00:00Z");
  static final Instant MISSING_2 = Instant.parse("2018-11-05T13:00:00Z");
  static final Instant BAD_LINES_HOUR = Instant.parse("2018-11-03T07:00:00Z");

  private final GhArchiveFiles reader = new GhArchiveFiles(EventsSettings.DEFAULTS, 2);

  /**
   * November 2018: spinningup new, DeOldify breaking out of October, magenta renamed mid-month (one
   * repository id, two names), with a push whose commit message is "WatchEvent" and an issue titled
   * with it, neither of them a star.
   */
  static StarEvents november() {
    StarEvents events =
        new StarEvents()
            .stars("openai/spinningup", 155_000_001L, 40, NOVEMBER)
            .stars("jantic/DeOldify", 155_000_002L, 25, NOVEMBER)
            .stars("jantic/DeOldify", 155_000_002L, 30, OCTOBER)
            .stars("tensorflow/tensorflow", 45_717_250L, 6, CalendarMonth.of(2018, 8))
            .stars("tensorflow/tensorflow", 45_717_250L, 5, NOVEMBER);
    for (int day = 1; day <= 14; day++) {
      events.star(
          "tensorflow/magenta",
          64_001_231L,
          Instant.parse("2018-11-01T09:30:00Z").plus(day, ChronoUnit.DAYS));
    }
    for (int day = 15; day <= 29; day++) {
      events.star(
          "magenta/magenta",
          64_001_231L,
          Instant.parse("2018-11-01T09:30:00Z").plus(day, ChronoUnit.DAYS));
    }
    events
        .event(
            "PushEvent", "openai/spinningup", 155_000_001L, Instant.parse("2018-11-02T10:15:00Z"))
        .event(
            "IssuesEvent", "openai/spinningup", 155_000_001L, Instant.parse("2018-11-02T10:16:00Z"))
        .event("ForkEvent", "jantic/DeOldify", 155_000_002L, Instant.parse("2018-11-02T10:17:00Z"))
        // Stars given in the missing hours, which no file holds.
        .star("openai/spinningup", 155_000_001L, MISSING_1.plusSeconds(60))
        .star("openai/spinningup", 155_000_001L, MISSING_2.plusSeconds(60));
    return events;
  }

  static Map<Instant, List<String>> badLines() {
    return Map.of(
        BAD_LINES_HOUR,
        List.of(
            // Cut mid-line, as a partial download leaves it.
            "{\"id\":\"8553599999\",\"type\":\"WatchEvent\",\"actor\":{\"id\":1,\"login\":\"a",
            // A star event without its repository.
            "{\"id\":\"8553599998\",\"type\":\"WatchEvent\",\"actor\":{\"id\":2,\"login\":\"b\"},"
                + "\"payload\":{\"action\":\"started\"},\"public\":true,"
                + "\"created_at\":\"2018-11-03T07:10:00Z\"}",
            "not json at all"));
  }

  @Test
  void theMonthsStarsAreCountedPerNameWithoutTheOtherEventsAndBadLines() throws IOException {
    november().writeHourFiles(dir, List.of(NOVEMBER), Set.of(MISSING_1, MISSING_2), badLines());

    GhArchiveMonth month = reader.read(NOVEMBER, List.of(dir));

    // spinningup's 40 stars come every 18 hours: the 7th falls in the missing 12:00 hour of the
    // 5th.
    assertThat(month.counts().repos())
        .containsExactly(
            new RepoStars("openai/spinningup", OptionalLong.of(155_000_001L), 39, List.of()),
            new RepoStars("jantic/DeOldify", OptionalLong.of(155_000_002L), 25, List.of()),
            new RepoStars("magenta/magenta", OptionalLong.of(64_001_231L), 15, List.of()),
            new RepoStars("tensorflow/magenta", OptionalLong.of(64_001_231L), 14, List.of()),
            new RepoStars("tensorflow/tensorflow", OptionalLong.of(45_717_250L), 5, List.of()));
    assertThat(month.missingHours()).isEqualTo(2);
    assertThat(month.files()).isEqualTo(718);
    assertThat(month.malformedLines()).isEqualTo(3);
    assertThat(month.lines()).isEqualTo(39 + 25 + 5 + 14 + 15 + 3 + 3);
    assertThat(month.source()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(month.lastEventAt()).contains(Instant.parse("2018-11-30T09:30:00Z"));
    // No file of the months before: no breakout signal, and the coverage can say why.
    assertThat(month.counts().earlierCounted()).isFalse();
    assertThat(month.earlierMissingHours()).containsExactly(744, 720, 744);
    assertThat(month.counts().lowerBound()).isFalse();
  }

  @Test
  void theThreeMonthsBeforeCountWhenFilesOfEachAreGiven() throws IOException {
    StarEvents events = november();
    events.writeHourFiles(dir, List.of(NOVEMBER), Set.of(MISSING_1, MISSING_2), badLines());
    // Of the months before, only the hours that hold stars, and one quiet hour of September.
    List<Instant> earlier =
        new ArrayList<>(
            events.events().stream()
                .map(e -> e.at().truncatedTo(ChronoUnit.HOURS))
                .filter(h -> h.isBefore(NOVEMBER.start()))
                .distinct()
                .toList());
    earlier.add(Instant.parse("2018-09-10T04:00:00Z"));
    events.writeHours(dir, earlier, Map.of());

    GhArchiveMonth month = reader.read(NOVEMBER, List.of(dir));

    assertThat(month.counts().earlierCounted()).isTrue();
    assertThat(month.earlierMissingHours()).containsExactly(744 - 30, 720 - 1, 744 - 6);
    assertThat(month.counts().repos())
        .extracting(RepoStars::name, RepoStars::earlier)
        .containsExactly(
            tuple("openai/spinningup", List.of(0L, 0L, 0L)),
            tuple("jantic/DeOldify", List.of(30L, 0L, 0L)),
            tuple("magenta/magenta", List.of(0L, 0L, 0L)),
            tuple("tensorflow/magenta", List.of(0L, 0L, 0L)),
            tuple("tensorflow/tensorflow", List.of(0L, 0L, 6L)));
    assertThat(month.files()).isEqualTo(718 + 30 + 1 + 6);
  }

  @Test
  void onlyTheTopRepositoriesAreKeptMostStarsFirstThenByName() throws IOException {
    new StarEvents()
        .stars("b/second", 2, 3, NOVEMBER)
        .stars("a/tied", 1, 3, NOVEMBER)
        .stars("c/first", 3, 9, NOVEMBER)
        .stars("d/last", 4, 1, NOVEMBER)
        .writeHourFiles(dir, List.of(NOVEMBER), Set.of(), Map.of());
    EventsSettings topThree =
        new EventsSettings(3, 3, CalendarMonth.of(2015, 1), CalendarMonth.of(2025, 5), "d", "t");

    GhArchiveMonth month = new GhArchiveFiles(topThree, 1).read(NOVEMBER, List.of(dir));

    assertThat(month.counts().repos())
        .extracting(RepoStars::name, RepoStars::stars)
        .containsExactly(tuple("c/first", 9L), tuple("a/tied", 3L), tuple("b/second", 3L));
  }

  @Test
  void aFileCutShortCountsNothingAndItsHourIsMissing() throws IOException {
    november().writeHourFiles(dir, List.of(NOVEMBER), Set.of(), Map.of());
    Path hour = dir.resolve("2018-11-12-9.json.gz");
    byte[] whole = Files.readAllBytes(hour);
    Files.write(hour, Arrays.copyOf(whole, whole.length - 9));

    GhArchiveMonth month = reader.read(NOVEMBER, List.of(dir));

    assertThat(month.unreadable()).singleElement().asString().startsWith(hour + ": ");
    assertThat(month.missingHours()).isEqualTo(1);
    // magenta's star of 2018-11-12 09:30 was in that file: none of it counts.
    assertThat(month.counts().repos())
        .filteredOn(r -> r.name().equals("tensorflow/magenta"))
        .extracting(RepoStars::stars)
        .containsExactly(13L);
  }

  @Test
  void filesOfOtherMonthsAreNotRead() throws IOException {
    november()
        .writeHourFiles(dir, List.of(NOVEMBER, CalendarMonth.of(2018, 12)), Set.of(), Map.of());

    GhArchiveMonth month = reader.read(NOVEMBER, List.of(dir));

    assertThat(month.otherMonths()).isEqualTo(744);
    assertThat(month.files()).isEqualTo(720);
  }

  @Test
  void aFileNamedAloneMustBeAnHourFile() throws IOException {
    Path wrong = Files.writeString(dir.resolve("2018-11.json.gz"), "");

    assertThatThrownBy(() -> reader.read(NOVEMBER, List.of(wrong)))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "--gharchive: "
                + wrong
                + " is not named as GH Archive names its hour files (YYYY-MM-DD-H.json.gz, e.g."
                + " 2018-11-03-7.json.gz)");
  }

  @Test
  void anHourGivenTwiceIsRefused() throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    Instant hour = Instant.parse("2018-11-03T07:00:00Z");
    new StarEvents().writeHours(a, List.of(hour), Map.of());
    new StarEvents().writeHours(b, List.of(hour), Map.of());

    assertThatThrownBy(() -> reader.read(NOVEMBER, List.of(a, b)))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "--gharchive: "
                + a.resolve("2018-11-03-7.json.gz")
                + " and "
                + b.resolve("2018-11-03-7.json.gz")
                + " are both the hour 2018-11-03 07:00:00 UTC: give each hour once");
  }

  @Test
  void noFileOfTheMonthIsAUsageError() throws IOException {
    november().writeHourFiles(dir, List.of(OCTOBER), Set.of(), Map.of());

    assertThatThrownBy(() -> reader.read(NOVEMBER, List.of(dir)))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(
            "--gharchive: none of the hour files given is of 2018-11 (744 of the three months"
                + " before, 0 of other months)");
  }

  @Test
  void aFifoIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("2018-11-01-0.json.gz");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThatThrownBy(() -> reader.read(NOVEMBER, List.of(fifo)))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "--gharchive: "
                + fifo
                + " is a FIFO (named pipe), not a GH Archive hour file or a folder of them");
  }

  @Test
  void aPathThatIsNotThereIsNamed() {
    Path nowhere = dir.resolve("nowhere");

    assertThatThrownBy(() -> reader.read(NOVEMBER, List.of(nowhere)))
        .isInstanceOf(UsageException.class)
        .hasMessage("--gharchive: " + nowhere + " does not exist: check the path");
  }
}
