package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump read {@code main} starts from the raw arguments: started only for the plain forms of a
 * fetch that reads dumps, and never the cause of a wrong result when its guess is not what picocli
 * parses.
 */
class EarlyDumpReadTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);

  @TempDir Path workspace;
  @TempDir Path files;

  private static Optional<EarlyDumpRead.Request> requested(String... args) {
    return EarlyDumpRead.requested(args, CLOCK);
  }

  @Test
  void readsTheMonthAndEveryDumpInBothForms() {
    assertThat(
            requested(
                "fetch", "--month", "2018-11", "--reddit-dump", "a.zst", "--reddit-dump=b.ndjson"))
        .contains(
            new EarlyDumpRead.Request(List.of(Path.of("a.zst"), Path.of("b.ndjson")), NOVEMBER));
    assertThat(
            requested(
                "-q", "fetch", "--reddit-dump", "a.zst", "--only", "reddit", "--month=2018-11"))
        .contains(new EarlyDumpRead.Request(List.of(Path.of("a.zst")), NOVEMBER));
  }

  @Test
  void startsNothingWhenTheFetchMightNotReadTheDumps() {
    assertThat(requested("rank", "--month", "2018-11")).isEmpty();
    assertThat(requested("fetch", "--month", "2018-11")).isEmpty();
    assertThat(requested("fetch", "--reddit-dump", "a.zst")).isEmpty();
    assertThat(requested("fetch", "--month", "2018-11", "--reddit-dump", "a.zst", "--dry-run"))
        .isEmpty();
    assertThat(requested("fetch", "--month", "2018-11", "--reddit-dump", "a.zst", "--help"))
        .isEmpty();
    assertThat(
            requested("fetch", "--month", "2018-11", "--reddit-dump", "a.zst", "--only", "github"))
        .isEmpty();
    assertThat(requested("fetch", "--month", "2018-13", "--reddit-dump", "a.zst")).isEmpty();
    assertThat(requested("fetch", "--month", "2018-11", "--reddit-dump=")).isEmpty();
    assertThat(requested("fetch", "--month", "2018-11", "--reddit-dump")).isEmpty();
  }

  @Test
  void aReadStartedForAnotherMonthIsDroppedAndTheParsedMonthIsRead() throws Exception {
    Path dump = files.resolve("RS.ndjson");
    Files.writeString(
        dump,
        "{\"id\":\"nov1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
            + "\"title\":\"November\",\"score\":5,\"num_comments\":2,\"permalink\":\"/r/MachineLearning/comments/nov1/x/\"}\n"
            + "{\"id\":\"oct1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1539000000,"
            + "\"title\":\"October\",\"score\":5,\"num_comments\":2,\"permalink\":\"/r/MachineLearning/comments/oct1/x/\"}\n");
    EarlyDumpRead october =
        EarlyDumpRead.start(
                new String[] {"fetch", "--month", "2018-10", "--reddit-dump", dump.toString()},
                CLOCK)
            .orElseThrow();

    CliRunner.Result fetch =
        CliRunner.againstStandIn(api.baseUrl(), workspace)
            .runWithEarlyRead(
                october,
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "reddit",
                "--reddit-dump",
                dump.toString());

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    try (Store store = Store.open(workspace)) {
      assertThat(store.threads(NOVEMBER)).extracting(t -> t.id()).containsExactly("nov1");
      assertThat(store.threads(CalendarMonth.of(2018, 10))).isEmpty();
    }
  }

  @Test
  void aReadNoCommandTookOverIsStopped() throws Exception {
    Path dump = files.resolve("RS.ndjson");
    // A post of the month: the read then waits for the configuration's subreddits, which a
    // command line picocli refuses never loads.
    Files.writeString(
        dump, "{\"id\":\"nov1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000}\n");

    CliRunner.Result refused =
        CliRunner.againstStandIn(api.baseUrl(), workspace)
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--reddit-dump",
                dump.toString(),
                "--no-such-option");

    assertThat(refused.exitCode()).isEqualTo(2);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (readThreadsAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(readThreadsAlive()).as("the dump read's threads are stopped").isFalse();
  }

  private static boolean readThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("curate-dump-read"));
  }
}
