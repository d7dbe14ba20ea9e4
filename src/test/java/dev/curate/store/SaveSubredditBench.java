package dev.curate.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.model.ThreadFigures;
import dev.curate.testing.SourceReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times one {@link Store#saveSubreddit} of a month from a dump (7,708 threads of r/MachineLearning,
 * as in scripts/bench-fetch-dump) into a fresh store, in the JVM it starts in. What it measures is
 * the cold cost a user pays once per fetch, so run it in a fresh JVM each time, with the launcher's
 * options, several times, and compare medians:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp TEST.jar:MAIN.jar:DEPENDENCIES \
 *   dev.curate.store.SaveSubredditBench [save|parts] [THREADS]
 * </pre>
 *
 * <p>The launcher maps a class archive (AppCDS) into every run, and without one the first use of a
 * library (Jackson's serializers) costs several times more: train one with a short run ({@code
 * -XX:ArchiveClassesAtExit=bench.jsa ... parts 50}; classes must come from jars for that) and time
 * with {@code -XX:SharedArchiveFile=bench.jsa}.
 *
 * <p>Prints one line: the milliseconds of the whole save ({@code save}, the default), or those of
 * its steps ({@code parts}: the same statements as the save, each timed on its own, then the
 * commit).
 */
public final class SaveSubredditBench {
  static final int THREADS = 7_708;
  private static final CalendarMonth MONTH = CalendarMonth.of(2018, 11);
  private static final Instant READ_AT = Instant.parse("2026-12-07T18:00:01.123456789Z");
  private static final Instant SAVED_AT = Instant.parse("2026-12-07T18:00:02.5Z");

  private SaveSubredditBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 1 ? Integer.parseInt(args[1]) : THREADS;
    SubredditFetch fetch = fetch(count, new Random(42));
    Path workspace = Files.createTempDirectory("save-bench");
    // The bench's own garbage must not be collected in the middle of the save it times.
    System.gc();
    try {
      if (args.length > 0 && args[0].equals("parts")) {
        System.out.println(parts(workspace, fetch));
      } else {
        try (Store store = Store.open(workspace)) {
          long start = System.nanoTime();
          store.saveSubreddit(MONTH, fetch, SAVED_AT);
          System.out.printf("save %.1f%n", (System.nanoTime() - start) / 1e6);
        }
      }
    } finally {
      try (var files = Files.walk(workspace)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The steps of {@link Store#saveSubreddit} for threads without tombstones, timed one by one. */
  private static String parts(Path workspace, SubredditFetch fetch) {
    Store.open(workspace).close();
    Columns columns = new Columns(new ObjectMapper());
    ThreadTable threads = new ThreadTable();
    ThreadFiguresTable figures = new ThreadFiguresTable();
    FetchRunTable runs = new FetchRunTable(columns);
    long[] at = new long[6];
    try (Database database = Database.open(workspace, Store.DATABASE_FILE)) {
      at[0] = System.nanoTime();
      database.write(
          "bench",
          connection -> {
            threads.upsert(connection, fetch.threads().items(), SAVED_AT);
            at[1] = System.nanoTime();
            threads.link(connection, MONTH, fetch.threads().items());
            at[2] = System.nanoTime();
            figures.save(connection, fetch.figures());
            at[3] = System.nanoTime();
            runs.insert(connection, MONTH, fetch.threads().report(), SAVED_AT);
            at[4] = System.nanoTime();
            return null;
          });
      at[5] = System.nanoTime();
    }
    return String.format(
        "total %.1f thread %.1f link %.1f figures %.1f run %.1f commit %.1f",
        (at[5] - at[0]) / 1e6,
        (at[1] - at[0]) / 1e6,
        (at[2] - at[1]) / 1e6,
        (at[3] - at[2]) / 1e6,
        (at[4] - at[3]) / 1e6,
        (at[5] - at[4]) / 1e6);
  }

  /** Threads as a dump gives them (2018: no upvote ratio), with their archived figures. */
  static SubredditFetch fetch(int count, Random random) {
    List<RedditThread> threads = new ArrayList<>(count);
    List<ThreadFigures> figures = new ArrayList<>(count);
    long firstId = Long.parseLong("9tmzzz", 36);
    Instant monthStart = Instant.parse("2018-11-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      String id = Long.toString(firstId + i * 37L + random.nextInt(30), 36);
      boolean self = random.nextInt(10) < 6;
      boolean removed = random.nextInt(20) == 0;
      String permalink =
          "https://www.reddit.com/r/MachineLearning/comments/" + id + "/" + slug(random) + "/";
      int score = random.nextInt(8) == 0 ? random.nextInt(2_000) : random.nextInt(12);
      Instant created = monthStart.plusSeconds(i * 336L + random.nextInt(300));
      threads.add(
          new RedditThread(
              id,
              "MachineLearning",
              title(random),
              random.nextInt(25) == 0
                  ? null
                  : "user_" + Integer.toString(random.nextInt(1 << 24), 36),
              score,
              score / 3 + random.nextInt(5),
              null,
              created,
              permalink,
              self ? permalink : "https://arxiv.org/abs/1811." + (10_000 + random.nextInt(9_000)),
              random.nextInt(3) == 0 ? null : FLAIRS[random.nextInt(FLAIRS.length)],
              self,
              removed ? null : self ? text(random, random.nextInt(2_001)) : "",
              false,
              random.nextInt(500) == 0,
              removed,
              false,
              READ_AT));
      figures.add(
          new ThreadFigures(
              id,
              score,
              score / 3,
              created.plusSeconds(10 + random.nextInt(50_000)),
              null,
              null,
              null,
              null));
    }
    SourceResult<RedditThread> result =
        new SourceResult<>(
            threads, SourceReports.subreddit("MachineLearning", 1, count, count, List.of()));
    return new SubredditFetch("MachineLearning", result, figures);
  }

  private static final String[] FLAIRS = {"Research", "Discussion", "Project", "News"};

  private static final String[] WORDS = {
    "neural",
    "network",
    "training",
    "[D]",
    "[R]",
    "[P]",
    "transformer",
    "gradient",
    "dataset",
    "loss",
    "paper",
    "GAN",
    "reinforcement",
    "learning",
    "embedding",
    "attention",
    "model",
    "inference",
    "benchmark",
    "the",
    "a",
    "of",
    "to",
    "in",
    "is",
    "with",
    "for",
    "on",
    "I"
  };

  /** One word in fifty, as in real titles and texts: accents, CJK, dashes, emoji. */
  private static final String[] RARE = {"résumé", "naïve", "über", "加速", "学习", "—", "é", "🤖"};

  private static String title(Random random) {
    return text(random, 40 + random.nextInt(41));
  }

  private static String slug(Random random) {
    return text(random, 30).toLowerCase().replaceAll("[^a-z0-9]+", "_");
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      if (text.length() > 0) {
        text.append(random.nextInt(40) == 0 ? "\n\n" : " ");
      }
      text.append(
          random.nextInt(50) == 0
              ? RARE[random.nextInt(RARE.length)]
              : WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
