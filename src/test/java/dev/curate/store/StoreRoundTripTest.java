package dev.curate.store;

import static dev.curate.store.Fixtures.FIRST_FETCH;
import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.reddit;
import static dev.curate.store.Fixtures.repo;
import static dev.curate.store.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
  @TempDir Path workspace;

  @Test
  void reposComeBackEqualIncludingNullsUnicodeAndTopics() {
    Repo sparse =
        new Repo(
            7,
            "ghost/empty",
            "ghost",
            "empty",
            "https://github.com/ghost/empty",
            null,
            0,
            0,
            0,
            null,
            List.of(),
            null,
            null,
            Instant.parse("2018-11-01T00:00:00Z"),
            null,
            true,
            true,
            FIRST_FETCH);
    Repo unicode =
        new Repo(
            42,
            "清华/深度学习",
            "清华",
            "深度学习",
            "https://github.com/%E6%B8%85/x",
            "Ünïcödé 🤖🔥 \"quotes\", 'apostrophes' and a\nnewline",
            123_456,
            7_890,
            12,
            "Jupyter Notebook",
            List.of("深度学习", "emoji-🤖", "with \"quote\"", "a,b"),
            "Apache-2.0",
            "https://例子.测试",
            Instant.parse("2018-11-15T01:02:03.123456789Z"),
            Instant.parse("2018-11-30T23:59:59.999Z"),
            false,
            false,
            Instant.parse("2018-12-01T00:00:00.000001Z"));

    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(unicode, sparse)), FIRST_FETCH);

      assertThat(store.repos(NOVEMBER)).containsExactly(sparse, unicode);
    }
  }

  @Test
  void threadsComeBackEqualIncludingNullsAndUnicode() {
    // Removed by moderators, from an account since deleted: no author, no body. (A thread
    // deleted by its author is purged, not stored: StorePurgeTest.)
    RedditThread removed =
        new RedditThread(
            "9ysmtn",
            "MachineLearning",
            "[D] 深度学习 — what's next? 🤔",
            null,
            1_234,
            321,
            0.5,
            Instant.parse("2018-11-20T10:00:00Z"),
            "https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d/",
            null,
            null,
            true,
            null,
            true,
            true,
            true,
            false,
            FIRST_FETCH);
    RedditThread link = thread("9zaaaa", "[R] A paper", 99, FIRST_FETCH);

    try (Store store = Store.open(workspace)) {
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of(link, removed)), FIRST_FETCH);

      assertThat(store.threads(NOVEMBER)).containsExactly(removed, link);
    }
  }

  @Test
  void figuresAnAnswerLeftOutComeBackUnknownNotZero() throws Exception {
    RedditThread known = thread("9tzb2h", "[D] Few-shot learning", 412, FIRST_FETCH);
    RedditThread unknown =
        new RedditThread(
            "9v1x7k",
            "MachineLearning",
            "[R] BigGAN",
            "someone",
            null,
            null,
            null,
            Instant.parse("2018-11-07T11:32:31Z"),
            "https://www.reddit.com/r/MachineLearning/comments/9v1x7k/r/",
            "https://arxiv.org/abs/1809.11096",
            null,
            false,
            "",
            false,
            false,
            false,
            false,
            FIRST_FETCH);

    try (Store store = Store.open(workspace)) {
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of(known, unknown)), FIRST_FETCH);

      assertThat(store.threads(NOVEMBER)).containsExactly(known, unknown);
    }
    assertThat(
            RawDatabase.query(
                workspace.resolve(Store.DATABASE_FILE),
                "SELECT score, comments, upvote_ratio FROM thread WHERE id = '9v1x7k'"))
        .containsExactly(java.util.Arrays.asList(null, null, null));
  }

  @Test
  void itemsWithoutTheirOwnFetchTimeTakeTheFetchTime() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/b", 10, null))), FIRST_FETCH);

      assertThat(store.repos(NOVEMBER))
          .singleElement()
          .extracting(Repo::fetchedAt)
          .isEqualTo(FIRST_FETCH);
    }
  }

  @Test
  void threadsAreOrderedByBase36IdNotByText() {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          reddit(
              List.of(
                  thread("100", "later", 1, FIRST_FETCH), thread("zz", "earlier", 1, FIRST_FETCH))),
          FIRST_FETCH);

      assertThat(store.threads(NOVEMBER)).extracting(RedditThread::id).containsExactly("zz", "100");
    }
  }

  @Test
  void topicsAreStoredAsAJsonArray() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/b", 10, FIRST_FETCH))), FIRST_FETCH);
    }

    assertThat(
            RawDatabase.single(workspace.resolve(Store.DATABASE_FILE), "SELECT topics FROM repo"))
        .isEqualTo("[\"machine-learning\",\"pytorch\"]");
  }

  @Test
  void anUnknownMonthHasNoCandidates() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo(1, "a/b", 10, FIRST_FETCH))), FIRST_FETCH);

      assertThat(store.repos(NOVEMBER.next())).isEmpty();
      assertThat(store.threads(NOVEMBER)).isEmpty();
    }
  }
}
