package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.reddit.GeneratedMonth;
import dev.curate.reddit.post.ArchivedPosts;
import dev.curate.reddit.post.SkippedPosts;
import dev.curate.reddit.post.UnusablePost;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month's posts come out of the read already mapped to their threads. */
class DumpMonthTest {
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private static final Instant FETCHED = Instant.parse("2026-11-28T10:00:00Z");
  private static final long IN_NOVEMBER = GeneratedMonth.NOVEMBER_2018.getEpochSecond() + 3_600;

  @TempDir Path dir;
  final List<String> progress = new ArrayList<>();

  private DumpMonth.Read read(Path... dumps) {
    return new DumpMonth(new DumpReader(), List.of("MachineLearning", "datascience"), progress::add)
        .read(List.of(dumps), NOVEMBER_2018, FETCHED);
  }

  private Path dump(String name, List<Map<String, Object>> posts) {
    return Dumps.plain(dir.resolve(name), Dumps.ndjson(posts));
  }

  private static Map<String, Object> post(String subreddit, int i) {
    return GeneratedMonth.post(subreddit, i, IN_NOVEMBER + i);
  }

  private static Map<String, Object> with(Map<String, Object> post, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(post);
    changed.put(key, value);
    return changed;
  }

  private static List<String> threadIds(ArchivedPosts posts) {
    return posts.archived().stream().map(a -> a.thread().id()).toList();
  }

  @Test
  void eachSubredditsPostsAreMappedByTheReadInTheOrderMetAtTheGivenInstant() {
    Path file =
        dump(
            "RS.ndjson",
            List.of(
                post("MachineLearning", 3),
                post("datascience", 1),
                with(post("MachineLearning", 2), "subreddit", "machinelearning"),
                post("MachineLearning", 1)));

    DumpMonth.Read read = read(file);

    ArchivedPosts ml = read.postsOf("MachineLearning").orElseThrow();
    assertThat(threadIds(ml))
        .containsExactly(GeneratedMonth.id(3), GeneratedMonth.id(2), GeneratedMonth.id(1));
    assertThat(ml.archived())
        .allSatisfy(
            a -> {
              assertThat(a.thread().fetchedAt()).isEqualTo(FETCHED);
              assertThat(a.thread().id()).isEqualTo(a.post().id());
            });
    assertThat(ml.archived().get(0).thread().title()).isEqualTo("[D] Generated thread 3");
    assertThat(threadIds(read.postsOf("datascience").orElseThrow()))
        .containsExactly(GeneratedMonth.id(1));
    assertThat(read.postsOf("other")).isEmpty();
  }

  @Test
  void aPostInTwoDumpsIsMappedOnceFromTheFirstDumpsCopy() {
    Map<String, Object> first = post("MachineLearning", 1);
    // Mapped, the second copy would be skipped as unusable: it must not be mapped at all.
    Path a = dump("a.ndjson", List.of(first));
    Path b = dump("b.ndjson", List.of(with(first, "num_comments", -3), post("MachineLearning", 2)));

    ArchivedPosts ml = read(a, b).postsOf("MachineLearning").orElseThrow();

    assertThat(threadIds(ml)).containsExactly(GeneratedMonth.id(1), GeneratedMonth.id(2));
    assertThat(ml.archived().get(0).thread().comments()).isEqualTo(1);
    assertThat(ml.skipped()).isEmpty();
    assertThat(ml.count()).isEqualTo(2);
  }

  @Test
  void aPostWithAnUnusableValueIsSkippedByTheReadForTheSameWarning() {
    Path file =
        dump(
            "RS.ndjson",
            List.of(
                post("MachineLearning", 1),
                with(post("MachineLearning", 2), "created_utc", new BigDecimal("1e300")),
                with(post("MachineLearning", 3), "num_comments", -3)));

    ArchivedPosts ml = read(file).postsOf("MachineLearning").orElseThrow();

    assertThat(threadIds(ml)).containsExactly(GeneratedMonth.id(1));
    assertThat(ml.skipped())
        .extracting(UnusablePost::describe)
        .containsExactly(
            GeneratedMonth.id(2) + " (created_utc 1E+300 is no date)",
            GeneratedMonth.id(3) + " (num_comments -3 is below zero)");
    assertThat(ml.count()).as("the posts read, skipped ones included").isEqualTo(3);
    SkippedPosts skipped = new SkippedPosts();
    skipped.addAll(ml.skipped());
    assertThat(skipped.warning("r/MachineLearning"))
        .hasValue(
            "r/MachineLearning: skipped 2 posts with an unusable value, the rest are kept: "
                + GeneratedMonth.id(2)
                + " (created_utc 1E+300 is no date); "
                + GeneratedMonth.id(3)
                + " (num_comments -3 is below zero)");
  }

  @Test
  void aPostItsAuthorDeletedIsATombstoneFromTheRead() {
    Path file =
        dump(
            "RS.ndjson",
            List.of(with(post("MachineLearning", 1), "removed_by_category", "deleted")));

    RedditThread thread =
        read(file).postsOf("MachineLearning").orElseThrow().archived().get(0).thread();

    assertThat(thread.deleted()).isTrue();
    assertThat(thread.title()).isEmpty();
    assertThat(thread.fetchedAt()).isEqualTo(FETCHED);
  }
}
