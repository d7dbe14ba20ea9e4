package dev.curate.store;

import static dev.curate.store.Fixtures.DECEMBER;
import static dev.curate.store.Fixtures.FIRST_FETCH;
import static dev.curate.store.Fixtures.NOVEMBER;
import static dev.curate.store.Fixtures.SECOND_FETCH;
import static dev.curate.store.Fixtures.repo;
import static dev.curate.store.Fixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.Comment;
import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.model.Publication;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEditorialTest {
  @TempDir Path workspace;

  private final Repo spinningup = repo(1, "openai/spinningup", 4000, FIRST_FETCH);
  private final Repo waveglow = repo(2, "NVIDIA/waveglow", 1200, FIRST_FETCH);
  private final RedditThread debate =
      thread("9ysmtn", "[D] Debate on TensorFlow 2.0 API", 287, FIRST_FETCH);
  private final RedditThread talk = thread("9symfk", "[D] Reverse-engineering", 120, FIRST_FETCH);

  private Store fetched() {
    Store store = Store.open(workspace);
    store.saveRepos(
        NOVEMBER,
        new SourceResult<>(List.of(spinningup, waveglow), SourceReports.github(1, 2, 2, List.of())),
        FIRST_FETCH);
    store.saveThreads(
        NOVEMBER,
        "MachineLearning",
        new SourceResult<>(
            List.of(debate, talk), SourceReports.subreddit("MachineLearning", 1, 2, 2, List.of())),
        FIRST_FETCH);
    return store;
  }

  @Test
  void overridesAreKeptPerMonthAndCandidateAndAnEmptyOneIsDeleted() {
    try (Store store = fetched()) {
      store.saveOverride(
          NOVEMBER,
          new EditorOverride("openai/spinningup", Decision.PICK, "Lead item"),
          FIRST_FETCH);
      store.saveOverride(NOVEMBER, new EditorOverride("9ysmtn", Decision.DROP, null), FIRST_FETCH);
      store.saveOverride(
          NOVEMBER,
          new EditorOverride("openai/spinningup", Decision.DROP, "Lead item"),
          SECOND_FETCH);

      assertThat(store.overrides(NOVEMBER))
          .containsExactly(
              new EditorOverride("9ysmtn", Decision.DROP, null),
              new EditorOverride("openai/spinningup", Decision.DROP, "Lead item"));
      assertThat(store.overrides(DECEMBER)).isEmpty();

      store.saveOverride(NOVEMBER, new EditorOverride("9ysmtn", Decision.NONE, null), SECOND_FETCH);
      assertThat(store.overrides(NOVEMBER))
          .extracting(EditorOverride::candidate)
          .containsExactly("openai/spinningup");
      assertThat(count("SELECT count(*) FROM editor_override")).isEqualTo(1);
    }
  }

  @Test
  void publishingAgainReplacesTheUrlAndWhatWasFeatured() {
    try (Store store = fetched()) {
      store.savePublication(
          new Publication(NOVEMBER, null, FIRST_FETCH, List.of("openai/spinningup", "9ysmtn")));
      store.savePublication(
          new Publication(
              NOVEMBER, "https://example.com/11", SECOND_FETCH, List.of("nvidia/waveglow")));
      store.savePublication(new Publication(DECEMBER, null, SECOND_FETCH, List.of()));

      assertThat(store.publications())
          .containsExactly(
              new Publication(
                  NOVEMBER, "https://example.com/11", SECOND_FETCH, List.of("nvidia/waveglow")),
              new Publication(DECEMBER, null, SECOND_FETCH, List.of()));
    }
  }

  @Test
  void shortlistEntriesKeepAreaKindPickNoteAndFlagsAlsoWhenAPurgeRenumbersThem() {
    try (Store store = fetched()) {
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(
                  new RankedRepo(
                      1,
                      0.9,
                      spinningup,
                      "reinforcement-learning",
                      true,
                      "Lead item",
                      List.of("star-burst"),
                      null)),
              List.of(
                  new RankedThread(1, 0.8, debate, "discussion", false, null, List.of()),
                  new RankedThread(
                      2, 0.7, talk, "research", true, "Quote the top comment", List.of("odd"))),
              FIRST_FETCH));
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          new SourceResult<>(
              List.of(StorePurgeTest.tombstone("9ysmtn")),
              SourceReports.subreddit("MachineLearning", 1, 2, 2, List.of())),
          SECOND_FETCH);

      Shortlist read = store.shortlist(NOVEMBER).orElseThrow();
      RankedRepo repo = read.repos().get(0);
      assertThat(List.of(repo.area(), repo.picked(), repo.note(), repo.flags()))
          .containsExactly("reinforcement-learning", true, "Lead item", List.of("star-burst"));
      assertThat(read.threads())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.rank()).isEqualTo(1);
                assertThat(List.of(t.thread().id(), t.kind(), t.picked(), t.note(), t.flags()))
                    .containsExactly(
                        "9symfk", "research", true, "Quote the top comment", List.of("odd"));
              });
    }
  }

  @Test
  void readmesOfTheMonthComeBackByIdWithTheirFormatAndNoReadmeIsRecordedAsNone() {
    try (Store store = fetched()) {
      Map<Long, Optional<Readme>> fetchedReadmes = new LinkedHashMap<>();
      fetchedReadmes.put(
          1L,
          Optional.of(
              Readme.named("README.rst", "Spinning Up\n===========\n\nAn educational resource.")));
      fetchedReadmes.put(2L, Optional.empty());
      store.saveReadmes(fetchedReadmes, FIRST_FETCH);

      assertThat(store.readmes(NOVEMBER))
          .containsExactly(
              Map.entry(
                  1L,
                  new Readme(
                      null,
                      ReadmeFormat.RESTRUCTURED_TEXT,
                      "Spinning Up\n===========\n\nAn educational resource.")));
      assertThat(store.readmes(DECEMBER)).isEmpty();
      assertThat(count("SELECT count(*) FROM repo_readme WHERE readme IS NULL")).isEqualTo(1);
    }
  }

  @Test
  void aReadmeSavedBeforeFormatsWereKeptComesBackOfUnknownFormat() throws Exception {
    try (Store store = fetched()) {
      store.saveReadmes(
          java.util.Map.of(1L, Optional.of(Readme.named("README.md", "# Spinning Up"))),
          FIRST_FETCH);
    }
    RawDatabase.execute(
        workspace.resolve(Store.DATABASE_FILE), "UPDATE repo_readme SET format = NULL");

    try (Store store = Store.open(workspace)) {
      assertThat(store.readmes(NOVEMBER).get(1L))
          .isEqualTo(new Readme(null, ReadmeFormat.UNKNOWN, "# Spinning Up"));
    }
  }

  @Test
  void commentsAreCachedInOrderAndGoWithTheirThreadWhenItIsDeleted() {
    try (Store store = fetched()) {
      assertThat(store.comments("9ysmtn")).isEmpty();
      List<Comment> top =
          List.of(
              new Comment("mod", "Rules", 1, true),
              new Comment("a", "Eager by default.", 214, false),
              new Comment("b", "A score the answer left out stays unknown.", null, false));
      store.saveComments("9ysmtn", top, FIRST_FETCH);
      store.saveComments("9symfk", List.of(), FIRST_FETCH);

      assertThat(store.comments("9ysmtn")).contains(top);
      assertThat(store.comments("9symfk")).contains(List.of());

      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          new SourceResult<>(
              List.of(StorePurgeTest.tombstone("9ysmtn")),
              SourceReports.subreddit("MachineLearning", 1, 2, 2, List.of())),
          SECOND_FETCH);
      assertThat(store.comments("9ysmtn")).isEmpty();
      assertThat(count("SELECT count(*) FROM thread_comment")).isEqualTo(0);
    }
  }

  private long count(String sql) {
    try {
      return ((Number) RawDatabase.query(workspace.resolve(Store.DATABASE_FILE), sql).get(0).get(0))
          .longValue();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
