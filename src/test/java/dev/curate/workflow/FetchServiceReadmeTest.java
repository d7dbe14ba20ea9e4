package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.error.ApiException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeAnswer;
import dev.curate.model.Repo;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * READMEs are an extra: a failure reading them costs neither the repositories nor the Reddit part.
 */
class FetchServiceReadmeTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-03T08:00:00Z");

  @TempDir Path workspace;

  private static Repo repo(long id, String name, int stars) {
    return RepoBuilder.repo("a/" + name)
        .id(id)
        .description(name)
        .stars(stars)
        .forks(3)
        .createdAt("2018-11-05T00:00:00Z")
        .pushedAt(NOW)
        .fetchedAt(NOW)
        .build();
  }

  @Test
  void aFailedReadmeStopsTheReadingWithAWarningAndTheFetchGoesOn() {
    List<Repo> repos = List.of(repo(1, "top", 900), repo(2, "second", 500), repo(3, "third", 100));
    RepoFetcher github =
        month -> new SourceResult<>(repos, SourceReports.github(2, 3, 3, List.of()));
    AtomicInteger readmeCalls = new AtomicInteger();
    ReadmeFetcher readmes =
        repo -> {
          readmeCalls.incrementAndGet();
          if (repo.id() == 2) {
            throw new ApiException(
                "GitHub GET /repos/a/second/readme failed: HTTP 502 from api.github.com");
          }
          return new ReadmeAnswer.Found(Readme.named("README.md", "# " + repo.name()));
        };
    AtomicInteger redditCalls = new AtomicInteger();
    ThreadFetcher reddit =
        month -> {
          redditCalls.incrementAndGet();
          return List.of(
              new SubredditFetch(
                  "MachineLearning",
                  new SourceResult<>(
                      List.of(), SourceReports.subreddit("MachineLearning", 1, 0, 0, List.of())),
                  List.of()));
        };
    List<String> progress = new ArrayList<>();

    try (Store store = Store.open(workspace)) {
      List<SourceReport> reports =
          new FetchService(
                  store,
                  Clock.fixed(NOW, ZoneOffset.UTC),
                  FetchSources.NONE.withGitHub(github).withReadmes(readmes, 3).withReddit(reddit),
                  progress::add,
                  report -> {})
              .fetch(NOVEMBER);

      assertThat(readmeCalls).hasValue(2);
      assertThat(redditCalls).hasValue(1);
      assertThat(store.repos(NOVEMBER)).hasSize(3);
      assertThat(store.readmes(NOVEMBER)).containsOnlyKeys(1L);
      assertThat(reports)
          .extracting(SourceReport::source)
          .containsExactly(SourceId.GITHUB, new SourceId.Subreddit("MachineLearning"));
      assertThat(reports.get(0).requests()).isEqualTo(2 + 2);
      assertThat(reports.get(0).warnings())
          .containsExactly(
              "read 1 of 3 READMEs, then stopped: GitHub GET /repos/a/second/readme failed: HTTP 502 from api.github.com");
    }
  }

  @Test
  void anAnswerThatIsNoReadmeIsSkippedAndNamedAndTheReadingGoesOn() {
    List<Repo> repos = List.of(repo(1, "top", 900), repo(2, "portal", 500), repo(3, "third", 100));
    RepoFetcher github =
        month -> new SourceResult<>(repos, SourceReports.github(1, 3, 3, List.of()));
    ReadmeFetcher readmes =
        repo ->
            switch ((int) repo.id()) {
              case 2 ->
                  new ReadmeAnswer.Unusable(
                      "expected JSON from GET /repos/a/portal/readme, got text/html");
              case 3 -> new ReadmeAnswer.Absent();
              default ->
                  new ReadmeAnswer.Found(
                      Readme.named("README.rst", "Top\n===\n\nThe top project, in words."));
            };

    try (Store store = Store.open(workspace)) {
      List<SourceReport> reports =
          new FetchService(
                  store,
                  Clock.fixed(NOW, ZoneOffset.UTC),
                  FetchSources.NONE.withGitHub(github).withReadmes(readmes, 3),
                  s -> {},
                  report -> {})
              .fetch(NOVEMBER);

      assertThat(store.readmes(NOVEMBER)).containsOnlyKeys(1L);
      assertThat(store.readmes(NOVEMBER).get(1L).format())
          .isEqualTo(dev.curate.model.ReadmeFormat.RESTRUCTURED_TEXT);
      assertThat(reports.get(0).requests()).isEqualTo(1 + 3);
      assertThat(reports.get(0).warnings())
          .containsExactly(
              "skipped 1 README whose answer was not a README"
                  + " (a/portal: expected JSON from GET /repos/a/portal/readme, got text/html)");
    }
  }
}
