package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorialServicesTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-02T09:00:00Z");
  private static final Repo SPINNINGUP =
      RepoBuilder.repo("openai/spinningup")
          .id(1L)
          .description("An educational resource")
          .stars(4000)
          .forks(500)
          .openIssues(10)
          .createdAt("2018-11-05T00:00:00Z")
          .pushedAt(null)
          .fetchedAt(null)
          .build();

  @TempDir Path workspace;
  private Store store;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void fetched() {
    store = Store.open(workspace);
    store.saveRepos(
        NOVEMBER,
        new SourceResult<>(List.of(SPINNINGUP), SourceReports.github(1, 1, 1, List.of())),
        NOW);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aPickKeepsTheNoteAndTheIdIsMatchedWhateverItsCase() {
    EditorService editor = new EditorService(store, clock, (month, id) -> List.of());
    editor.note(Optional.empty(), "OpenAI/SpinningUp", "  Lead item  ");
    EditorService.Change change =
        editor.decide(Optional.of(NOVEMBER), "openai/SPINNINGUP", Decision.PICK, false);

    assertThat(change.id()).isEqualTo("openai/spinningup");
    assertThat(store.overrides(NOVEMBER))
        .containsExactly(new EditorOverride("openai/spinningup", Decision.PICK, "Lead item"));

    editor.note(Optional.empty(), "openai/spinningup", "");
    editor.decide(Optional.empty(), "openai/spinningup", Decision.NONE, false);
    assertThat(store.overrides(NOVEMBER)).isEmpty();
  }

  @Test
  void anIdThatIsNoCandidateIsAUsageErrorNamingTheMonth() {
    assertThatThrownBy(
            () ->
                new EditorService(store, clock, (month, id) -> List.of())
                    .decide(Optional.empty(), "openai/gym", Decision.DROP, false))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("not a candidate of 2018-11")
        .hasMessageContaining("curate rank --month 2018-11");
  }

  @Test
  void publishRefusesAMonthWithoutAShortlistAndABadUrl() {
    PublishService publish = new PublishService(store, clock);
    assertThatThrownBy(() -> publish.publish(NOVEMBER, Optional.empty()))
        .hasMessageContaining("no shortlist for 2018-11 to publish");
    store.saveShortlist(
        new Shortlist(NOVEMBER, List.of(new RankedRepo(1, 1.0, SPINNINGUP)), List.of(), NOW));
    for (String bad :
        List.of("example.com/11", "ftp://example.com/11", "https://", "javascript:alert(1)")) {
      assertThatThrownBy(() -> publish.publish(NOVEMBER, Optional.of(bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
    assertThat(store.publications()).isEmpty();

    publish.publish(NOVEMBER, Optional.of("https://example.com/2018/11"));
    assertThat(store.publications())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.url()).isEqualTo("https://example.com/2018/11");
              assertThat(p.featured()).containsExactly("openai/spinningup");
              assertThat(p.publishedAt()).isEqualTo(NOW);
            });
  }

  @Test
  void publishingAgainReplacesTheFeaturedItemsAndKeepsTheUrlUnlessANewOneIsGiven() {
    PublishService publish = new PublishService(store, clock);
    store.saveShortlist(
        new Shortlist(NOVEMBER, List.of(new RankedRepo(1, 1.0, SPINNINGUP)), List.of(), NOW));
    assertThat(publish.publish(NOVEMBER, Optional.of("https://example.com/2018/11")).previous())
        .isEmpty();
    store.saveShortlist(new Shortlist(NOVEMBER, List.of(), List.of(), NOW));

    PublishService.Published again = publish.publish(NOVEMBER, Optional.empty());

    assertThat(again.previous())
        .hasValueSatisfying(p -> assertThat(p.featured()).containsExactly("openai/spinningup"));
    assertThat(store.publications())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.url()).isEqualTo("https://example.com/2018/11");
              assertThat(p.featured()).isEmpty();
            });
    publish.publish(NOVEMBER, Optional.of("https://example.com/moved"));
    assertThat(store.publications())
        .singleElement()
        .extracting(p -> p.url())
        .isEqualTo("https://example.com/moved");
  }
}
