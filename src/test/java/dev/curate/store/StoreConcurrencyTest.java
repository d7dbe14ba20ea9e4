package dev.curate.store;

import static dev.curate.store.Fixtures.FIRST_FETCH;
import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.github;
import static dev.curate.store.Fixtures.reddit;
import static dev.curate.store.Fixtures.repo;
import static dev.curate.store.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConcurrencyTest {
  @TempDir Path workspace;

  @Test
  void twoStoresOnOneWorkspaceSeeEachOthersCommits() {
    try (Store writer = Store.open(workspace);
        Store reader = Store.open(workspace)) {
      writer.saveRepos(NOVEMBER, github(List.of(repo(1, "a/one", 10, FIRST_FETCH))), FIRST_FETCH);

      assertThat(reader.repos(NOVEMBER)).extracting(Repo::id).containsExactly(1L);
      assertThat(reader.latestFetchedMonth()).contains(NOVEMBER);
    }
  }

  @Test
  void sourcesSavingFromSeveralThreadsDoNotInterleaveTransactions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Store store = Store.open(workspace)) {
      List<Future<?>> saves = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        CalendarMonth month = CalendarMonth.of(2018, i + 1);
        int base = i * 100;
        saves.add(
            pool.submit(
                () -> {
                  store.saveRepos(
                      month,
                      github(
                          IntStream.range(0, 50)
                              .mapToObj(n -> repo(base + n, "o/r" + (base + n), n, FIRST_FETCH))
                              .toList()),
                      FIRST_FETCH);
                  store.saveThreads(
                      month,
                      "MachineLearning",
                      reddit(List.of(thread("t" + base, "title", 1, FIRST_FETCH))),
                      FIRST_FETCH);
                }));
      }
      for (Future<?> save : saves) {
        save.get();
      }

      for (int i = 0; i < 8; i++) {
        CalendarMonth month = CalendarMonth.of(2018, i + 1);
        assertThat(store.repos(month)).hasSize(50);
        assertThat(store.threads(month)).hasSize(1);
        assertThat(store.fetchRuns(month)).hasSize(2);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
