package dev.curate.store;

import static dev.curate.store.Fixtures.DECEMBER;
import static dev.curate.store.Fixtures.FIRST_FETCH;
import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.SECOND_FETCH;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.reddit;
import static dev.curate.store.Fixtures.repo;
import static dev.curate.store.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.StoreException;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import dev.curate.testing.SourceReports;
import dev.curate.testing.ThreadBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R11 on the store's side: a thread its author deleted arrives as a tombstone ({@code
 * deleted=true}) and every stored copy of it goes, as Reddit's Data API terms ask ("When posts and
 * comments are deleted, you must delete all content related to the post").
 */
class StorePurgeTest {
  private static final Instant RANKED = Instant.parse("2018-12-03T09:00:00Z");

  @TempDir Path workspace;

  private final RedditThread paper = thread("p1", "[R] paper", 100, FIRST_FETCH);
  private final RedditThread gone = thread("p2", "[D] soon deleted", 80, FIRST_FETCH);
  private final RedditThread talk = thread("p3", "[D] talk", 50, FIRST_FETCH);
  private final Repo repo = repo(1, "a/one", 10, FIRST_FETCH);

  private Path file() {
    return workspace.resolve(Store.DATABASE_FILE);
  }

  /** What the Reddit source hands over for a post its author deleted: the id, no content. */
  static RedditThread tombstone(String id) {
    return ThreadBuilder.thread(id)
        .title("")
        .author(null)
        .score(null)
        .comments(null)
        .upvoteRatio(null)
        .createdAt((Instant) null)
        .permalink("https://www.reddit.com/comments/" + id + "/")
        .url(null)
        .isSelf(false)
        .selftext(null)
        .removed(true)
        .deleted(true)
        .fetchedAt(SECOND_FETCH)
        .build();
  }

  @BeforeEach
  void earlierFetches() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(repo)), FIRST_FETCH);
      store.saveThreads(
          NOVEMBER, "MachineLearning", reddit(List.of(paper, gone, talk)), FIRST_FETCH);
      // The same thread linked to a second month, as a fetch of December would if it listed it.
      store.saveThreads(DECEMBER, "MachineLearning", reddit(List.of(gone, talk)), FIRST_FETCH);
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(new RankedRepo(1, 0.9, repo)),
              List.of(
                  new RankedThread(1, 0.9, paper),
                  new RankedThread(2, 0.8, gone),
                  new RankedThread(3, 0.5, talk)),
              RANKED));
      store.saveShortlist(
          new Shortlist(
              DECEMBER,
              List.of(),
              List.of(new RankedThread(1, 0.7, gone), new RankedThread(2, 0.6, talk)),
              RANKED));
    }
  }

  @Test
  @DisplayName("R11: a deleted thread's earlier copy is purged: the row, its links to every month")
  void purgesTheRowAndEveryMonthLink() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER, "MachineLearning", reddit(List.of(tombstone("p2"))), SECOND_FETCH);

      assertThat(store.threads(NOVEMBER)).extracting(RedditThread::id).containsExactly("p1", "p3");
      assertThat(store.threads(DECEMBER)).extracting(RedditThread::id).containsExactly("p3");
    }
    assertThat(RawDatabase.count(file(), "thread")).isEqualTo(2);
    assertThat(RawDatabase.query(file(), "SELECT count(*) FROM thread WHERE id = 'p2'"))
        .containsExactly(List.of(0));
    assertThat(
            RawDatabase.query(file(), "SELECT count(*) FROM month_thread WHERE thread_id = 'p2'"))
        .containsExactly(List.of(0));
    // Nothing of its text is left anywhere in the file's tables.
    assertThat(
            RawDatabase.query(
                file(), "SELECT count(*) FROM thread WHERE title LIKE '%soon deleted%'"))
        .containsExactly(List.of(0));
  }

  @Test
  @DisplayName(
      "R11: shortlist entries of a purged thread go; later entries move up, ranks stay 1..n")
  void shortlistsStayConsistent() {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER, "MachineLearning", reddit(List.of(tombstone("p2"))), SECOND_FETCH);

      Shortlist november = store.shortlist(NOVEMBER).orElseThrow();
      assertThat(november.threads())
          .extracting(RankedThread::rank, e -> e.thread().id(), RankedThread::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, "p1", 0.9),
              org.assertj.core.groups.Tuple.tuple(2, "p3", 0.5));
      assertThat(november.repos()).containsExactly(new RankedRepo(1, 0.9, repo));
      assertThat(november.rankedAt()).isEqualTo(RANKED);
      assertThat(store.shortlist(DECEMBER).orElseThrow().threads())
          .extracting(RankedThread::rank, e -> e.thread().id())
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "p3"));
    }
  }

  @Test
  @DisplayName(
      "Before a purge: where the editor's work refers to a thread, shortlists and published issues")
  void usesNameEveryShortlistPlaceAndPublishedIssueOfAThread() {
    try (Store store = Store.open(workspace)) {
      store.savePublication(
          new dev.curate.model.Publication(
              NOVEMBER, "https://example.com/2018/11", RANKED, List.of("p1", "p2", "a/one")));

      List<dev.curate.model.ThreadUse> uses = store.uses(List.of("p2", "p3", "never-stored"));

      assertThat(uses)
          .containsExactly(
              new dev.curate.model.ThreadUse(
                  "p2",
                  List.of(
                      new dev.curate.model.ThreadUse.Place(NOVEMBER, 2),
                      new dev.curate.model.ThreadUse.Place(DECEMBER, 1)),
                  List.of(
                      new dev.curate.model.ThreadUse.Issue(
                          NOVEMBER, "https://example.com/2018/11"))),
              new dev.curate.model.ThreadUse(
                  "p3",
                  List.of(
                      new dev.curate.model.ThreadUse.Place(NOVEMBER, 3),
                      new dev.curate.model.ThreadUse.Place(DECEMBER, 2)),
                  List.of()));
    }
  }

  @Test
  @DisplayName("R11: nothing else is touched: other threads, repositories, fetch history")
  void touchesNothingElse() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          reddit(List.of(tombstone("p2"), tombstone("never-stored"))),
          SECOND_FETCH);

      assertThat(store.threads(NOVEMBER)).containsExactly(paper, talk);
      assertThat(store.repos(NOVEMBER)).containsExactly(repo);
      assertThat(store.fetchRuns(NOVEMBER)).hasSize(3);
    }
    assertThat(RawDatabase.count(file(), "month_thread")).isEqualTo(3);
    assertThat(RawDatabase.count(file(), "shortlist_repo")).isEqualTo(1);
  }

  @Test
  @DisplayName("R11: the purge and the save are one transaction: a failed save purges nothing")
  void aFailedSavePurgesNothing() {
    RedditThread broken =
        ThreadBuilder.thread("p4")
            .title(null)
            .score(1)
            .comments(1)
            .upvoteRatio(1.0)
            .createdAt("2018-11-20T15:30:00Z")
            .permalink("https://www.reddit.com/comments/p4/")
            .linkTo(null)
            .fetchedAt(SECOND_FETCH)
            .build();
    try (Store store = Store.open(workspace)) {
      assertThatThrownBy(
              () ->
                  store.saveThreads(
                      NOVEMBER,
                      "MachineLearning",
                      reddit(List.of(tombstone("p2"), broken)),
                      SECOND_FETCH))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing of it was saved");

      assertThat(store.threads(NOVEMBER))
          .extracting(RedditThread::id)
          .containsExactly("p1", "p2", "p3");
      assertThat(store.shortlist(NOVEMBER).orElseThrow().threads()).hasSize(3);
    }
  }

  @Test
  @DisplayName("R11: the save that purges also stores the live threads and records the fetch")
  void purgesAndSavesTogether() {
    RedditThread rescored = thread("p1", "[R] paper", 400, SECOND_FETCH);
    SourceResult<RedditThread> fetch =
        new SourceResult<>(
            List.of(rescored, tombstone("p2")),
            SourceReports.subreddit("MachineLearning", 1, 2, 1, List.of()));
    try (Store store = Store.open(workspace)) {
      store.saveThreads(NOVEMBER, "MachineLearning", fetch, SECOND_FETCH);

      assertThat(store.threads(NOVEMBER))
          .extracting(RedditThread::id, RedditThread::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("p1", 400),
              org.assertj.core.groups.Tuple.tuple("p3", 50));
      assertThat(store.fetchRuns(NOVEMBER))
          .last()
          .satisfies(run -> assertThat(run.kept()).isEqualTo(1));
    }
  }
}
