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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreShortlistTest {
  private static final Instant RANKED = Instant.parse("2018-12-03T09:00:00.25Z");

  @TempDir Path workspace;

  private final Repo one = repo(1, "a/one", 10, FIRST_FETCH);
  private final Repo two = repo(2, "b/two", 20, FIRST_FETCH);
  private final Repo three = repo(3, "c/three", 30, FIRST_FETCH);
  private final RedditThread paper = thread("p1", "[R] paper", 100, FIRST_FETCH);
  private final RedditThread talk = thread("p2", "[D] talk", 50, FIRST_FETCH);

  @BeforeEach
  void fetchNovember() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(NOVEMBER, github(List.of(one, two, three)), FIRST_FETCH);
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of(paper, talk)), FIRST_FETCH);
    }
  }

  @Test
  void aShortlistComesBackInRankOrder() {
    Shortlist shortlist =
        new Shortlist(
            NOVEMBER,
            List.of(new RankedRepo(1, 0.9, three), new RankedRepo(2, 0.5, one)),
            List.of(new RankedThread(1, 0.75, talk), new RankedThread(2, 0.25, paper)),
            RANKED);
    try (Store store = Store.open(workspace)) {
      store.saveShortlist(shortlist);

      assertThat(store.shortlist(NOVEMBER)).contains(shortlist);
      assertThat(store.shortlist(DECEMBER)).isEmpty();
    }
  }

  @Test
  void savingAShortlistReplacesThePreviousOne() throws Exception {
    try (Store store = Store.open(workspace)) {
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(new RankedRepo(1, 0.9, one), new RankedRepo(2, 0.8, two)),
              List.of(new RankedThread(1, 0.7, paper)),
              FIRST_FETCH));
      Shortlist again =
          new Shortlist(NOVEMBER, List.of(new RankedRepo(1, 0.6, two)), List.of(), RANKED);

      store.saveShortlist(again);

      assertThat(store.shortlist(NOVEMBER)).contains(again);
    }
    Path file = workspace.resolve(Store.DATABASE_FILE);
    assertThat(RawDatabase.count(file, "shortlist")).isEqualTo(1);
    assertThat(RawDatabase.count(file, "shortlist_repo")).isEqualTo(1);
    assertThat(RawDatabase.count(file, "shortlist_thread")).isZero();
  }

  @Test
  void aShortlistShowsTheFactsOfTheLatestSave() {
    try (Store store = Store.open(workspace)) {
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(new RankedRepo(1, 0.9, one)),
              List.of(new RankedThread(1, 0.7, paper)),
              RANKED));
      Repo refetched = repo(1, "a/one-renamed", 4_000, SECOND_FETCH);
      RedditThread rescored = thread("p1", "[R] paper", 900, SECOND_FETCH);
      store.saveRepos(NOVEMBER, github(List.of(refetched)), SECOND_FETCH);
      store.saveThreads(NOVEMBER, "MachineLearning", reddit(List.of(rescored)), SECOND_FETCH);

      Shortlist read = store.shortlist(NOVEMBER).orElseThrow();

      assertThat(read.repos()).containsExactly(new RankedRepo(1, 0.9, refetched));
      assertThat(read.threads()).containsExactly(new RankedThread(1, 0.7, rescored));
    }
  }

  @Test
  void aShortlistNamingAnUnknownItemIsRefusedAndTheOldOneKept() {
    Shortlist kept =
        new Shortlist(NOVEMBER, List.of(new RankedRepo(1, 0.9, one)), List.of(), FIRST_FETCH);
    try (Store store = Store.open(workspace)) {
      store.saveShortlist(kept);
      Shortlist unknown =
          new Shortlist(
              NOVEMBER,
              List.of(
                  new RankedRepo(1, 0.9, two),
                  new RankedRepo(2, 0.8, repo(99, "x/y", 1, FIRST_FETCH))),
              List.of(),
              RANKED);

      assertThatThrownBy(() -> store.saveShortlist(unknown))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("shortlist of 2018-11")
          .hasMessageContaining("FOREIGN KEY");

      assertThat(store.shortlist(NOVEMBER)).contains(kept);
    }
  }
}
