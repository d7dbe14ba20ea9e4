package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdInputStream;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.GeneratedMonth;
import dev.curate.reddit.post.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpReaderTest {
  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  @TempDir Path dir;

  final DumpReader reader = new DumpReader();

  List<Post> read(Path file, DumpReader.Stats[] stats) {
    List<Post> kept = new ArrayList<>();
    stats[0] = reader.read(file, NOVEMBER_2018, "MachineLearning"::equalsIgnoreCase, kept::add);
    return kept;
  }

  /** October's last second, November's posts, December's first second; and another subreddit. */
  static String mixedMonth() {
    List<Map<String, Object>> posts = new ArrayList<>();
    posts.add(
        GeneratedMonth.post(
            "MachineLearning", 9000, GeneratedMonth.NOVEMBER_2018.getEpochSecond() - 1));
    posts.addAll(GeneratedMonth.posts("MachineLearning", 250));
    posts.add(
        GeneratedMonth.post(
            "datascience", 9001, GeneratedMonth.NOVEMBER_2018.getEpochSecond() + 5));
    posts.add(GeneratedMonth.post("MachineLearning", 9002, NOVEMBER_2018.end().getEpochSecond()));
    return Dumps.ndjson(posts);
  }

  @Test
  void readsAZstdDumpWrittenWithTheLongWindowAndKeepsOnlyTheMonth() throws IOException {
    Path dump = Dumps.zstdLong(dir.resolve("MachineLearning_submissions.zst"), mixedMonth());
    // The file really needs the long window: a decoder with the default limit refuses it.
    try (InputStream plainDecoder = new ZstdInputStream(Files.newInputStream(dump))) {
      assertThatThrownBy(plainDecoder::readAllBytes)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("Frame requires too much memory");
    }

    DumpReader.Stats[] stats = new DumpReader.Stats[1];
    List<Post> kept = read(dump, stats);

    assertThat(kept)
        .extracting(Post::id)
        .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(GeneratedMonth::id).toList());
    assertThat(stats[0]).isEqualTo(new DumpReader.Stats(253, 0, 1, 250));
    assertThat(kept.get(0).retrievedOn()).isNotNull();
  }

  @Test
  void readsAPlainDumpTheSameWay() {
    DumpReader.Stats[] stats = new DumpReader.Stats[1];
    List<Post> kept = read(Dumps.plain(dir.resolve("ml.ndjson"), mixedMonth()), stats);
    assertThat(kept).hasSize(250);
    assertThat(stats[0]).isEqualTo(new DumpReader.Stats(253, 0, 1, 250));
  }

  @Test
  void aCrosspostIsDatedAndPlacedByItsOwnKeysNotItsParentsInEitherKeyOrder() {
    String parent =
        "[{\"id\":\"p1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1500000000}]";
    String text =
        String.join(
                "\n",
                // Reddit's key order: the parent (of 2017) before the crosspost's own created_utc
                "{\"id\":\"x1\",\"subreddit\":\"MachineLearning\",\"crosspost_parent_list\":"
                    + parent
                    + ",\"created_utc\":1541100000,\"title\":\"kept\"}",
                // alphabetical order: the parent's subreddit before the crosspost's own
                "{\"created_utc\":1541100001,\"crosspost_parent_list\":"
                    + parent
                    + ",\"id\":\"x2\",\"subreddit\":\"datascience\",\"title\":\"another subreddit\"}",
                "{\"created_utc\":1541100002,\"crosspost_parent_list\":"
                    + parent.replace("1500000000", "1541100000")
                    + ",\"id\":\"x3\",\"subreddit\":\"datascience\",\"title\":\"another subreddit\"}")
            + "\n";
    DumpReader.Stats[] stats = new DumpReader.Stats[1];

    List<Post> kept = read(Dumps.plain(dir.resolve("crossposts.ndjson"), text), stats);

    assertThat(kept).extracting(Post::id).containsExactly("x1");
    assertThat(stats[0]).isEqualTo(new DumpReader.Stats(3, 0, 2, 1));
  }

  @Test
  void malformedLinesAreCountedAndSkipped() {
    String text =
        Dumps.ndjson(GeneratedMonth.posts("MachineLearning", 3))
            + "{\"id\":\"truncated\",\"created_utc\":1541030500,\"title\":\"cut off\n"
            + "not json at all\n"
            + "\n"
            + "{\"title\":\"no id, no created_utc\"}\r\n"
            + Dumps.ndjson(
                    List.of(
                        GeneratedMonth.post(
                            "MachineLearning",
                            3,
                            GeneratedMonth.NOVEMBER_2018.getEpochSecond() + 9)))
                .strip(); // the last line without its newline
    DumpReader.Stats[] stats = new DumpReader.Stats[1];
    List<Post> kept = read(Dumps.plain(dir.resolve("broken.ndjson"), text), stats);
    assertThat(kept).extracting(Post::id).containsExactly("lfls", "lflt", "lflu", "lflv");
    assertThat(stats[0].malformed()).isEqualTo(3);
    assertThat(stats[0].lines()).isEqualTo(7);
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.zst");
    assertThatThrownBy(() -> read(missing, new DumpReader.Stats[1]))
        .isInstanceOf(CurateException.class)
        .hasMessage("--reddit-dump " + missing + " does not exist: check the path")
        .satisfies(e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.USAGE));
  }

  @Test
  void aTruncatedZstdFileIsOneClearError() throws IOException {
    Path dump = Dumps.zstdLong(dir.resolve("whole.zst"), mixedMonth());
    byte[] bytes = Files.readAllBytes(dump);
    Path cut =
        Files.write(dir.resolve("cut.zst"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> read(cut, new DumpReader.Stats[1]))
        .isInstanceOf(CurateException.class)
        .hasMessageStartingWith("cannot read the Reddit dump " + cut)
        .hasMessageContaining("zstd -t --long=31");
  }
}
