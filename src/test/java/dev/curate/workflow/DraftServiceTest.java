package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.draft.DraftRenderer;
import dev.curate.draft.Language;
import dev.curate.error.ApiException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Comment;
import dev.curate.model.Publication;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Readme;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceResult;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import dev.curate.testing.ThreadBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftServiceTest {
  private static final CalendarMonth OCTOBER = CalendarMonth.of(2018, 10);
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-02T09:00:00Z");
  private static final Repo BURST =
      RepoBuilder.repo("buyer/stars")
          .id(7L)
          .description("A speech toolkit")
          .stars(3000)
          .forks(10)
          .openIssues(5)
          .createdAt("2018-11-05T00:00:00Z")
          .pushedAt(null)
          .fetchedAt(null)
          .build();

  @TempDir Path workspace;

  private static RedditThread thread(String id, String title) {
    return ThreadBuilder.thread(id)
        .title("[D] " + title)
        .score(100)
        .comments(20)
        .createdAt("2018-11-10T00:00:00Z")
        .permalink("https://www.reddit.com/r/MachineLearning/comments/" + id + "/x/")
        .url(null)
        .fetchedAt(NOW)
        .build();
  }

  @Test
  void theDraftCarriesTheArchiveNotesLabelsAndFlagsInTheChosenLanguage() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(BURST), SourceReports.github(1, 1, 1, List.of())),
          NOW);
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(
                  new RankedRepo(
                      1,
                      1.0,
                      BURST,
                      "speech-audio",
                      true,
                      "Ask the author about the stars",
                      List.of("star-burst"),
                      null)),
              List.of(),
              NOW));
      store.savePublication(
          new Publication(OCTOBER, "https://example.com/2018/10", NOW, List.of()));
      store.saveReadmes(
          Map.of(
              7L,
              Optional.of(
                  Readme.named(
                      "README.md",
                      "# Stars\n\nA toolkit for speech, see https://arxiv.org/pdf/1811.00002v2.pdf\n"))),
          NOW);

      String md =
          new DraftService(store, new DraftRenderer(), workspace)
              .render(new DraftService.Options(Optional.of(NOVEMBER), Language.ZH, true))
              .markdown();

      assertThat(md)
          .startsWith("---\n")
          .contains(
              "https://example.com/2018/10",
              "Ask the author about the stars",
              "speech-audio",
              "star-burst: most of the month's stars",
              "https://arxiv.org/abs/1811.00002");
    }
  }

  @Test
  void commentsAreReadOnceAndAFailingRedditIsOneWarning() {
    try (Store store = Store.open(workspace)) {
      List<RedditThread> threads =
          List.of(thread("aaa111", "First thread"), thread("bbb222", "Second thread"));
      store.saveThreads(
          NOVEMBER,
          "MachineLearning",
          new SourceResult<>(
              threads, SourceReports.subreddit("MachineLearning", 1, 2, 2, List.of())),
          NOW);
      store.saveShortlist(
          new Shortlist(
              NOVEMBER,
              List.of(),
              List.of(
                  new RankedThread(1, 1.0, threads.get(0)),
                  new RankedThread(2, 0.5, threads.get(1))),
              NOW));
      List<String> asked = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      CommentSource down =
          id -> {
            asked.add(id);
            throw new ApiException("cannot connect to www.reddit.com");
          };
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

      String md =
          new DraftService(store, new DraftRenderer(), workspace)
              .withComments(down, 3, clock, warnings::add)
              .render(Optional.of(NOVEMBER))
              .markdown();
      assertThat(asked).as("no second try once Reddit failed").hasSize(1);
      assertThat(warnings).singleElement().asString().contains("cannot connect to www.reddit.com");
      assertThat(md).contains("First thread");

      CommentSource up =
          id -> {
            asked.add(id);
            return List.of(
                new Comment("mod", "Rules apply", 5, true),
                new Comment("ada", "A sharp point about " + id, 40, false));
          };
      DraftService service =
          new DraftService(store, new DraftRenderer(), workspace)
              .withComments(up, 3, clock, warnings::add);
      assertThat(service.render(Optional.of(NOVEMBER)).markdown())
          .contains("A sharp point about")
          .doesNotContain("Rules apply");
      int calls = asked.size();
      service.render(Optional.of(NOVEMBER));
      assertThat(asked).hasSize(calls);
    }
  }
}
