package dev.curate.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.HttpSettings;
import dev.curate.config.StarBurstSettings;
import dev.curate.error.CurateException;
import dev.curate.events.ClickHouseEvents;
import dev.curate.events.EventsSource;
import dev.curate.events.HourFileEvents;
import dev.curate.http.HttpStack;
import dev.curate.model.CalendarMonth;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.testing.RepoBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which candidates' lone stargazers a fetch asks ClickHouse for, in one query, and what it keeps
 * when the query answers, fails, or cannot be asked. ClickHouse is WireMock answering in
 * JSONEachRow as fixtures/clickhouse/README.md records it.
 */
class LoneStargazerCountTest {
  @RegisterExtension
  static WireMockExtension clickhouse =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant AT = Instant.parse("2018-12-01T06:00:00Z");

  private final Repo bought = RepoBuilder.repo("starseller/llm-toolkit").id(1).build();
  private final Repo renamed = RepoBuilder.repo("huggingface/transformers").id(2).build();
  private final Repo fewStars = RepoBuilder.repo("ml-notes/tabular-tricks").id(3).build();
  private final Repo unmeasured = RepoBuilder.repo("gan-atelier/style-mix").id(4).build();
  private final Repo third = RepoBuilder.repo("graphs-ai/gnn-bench").id(5).build();
  private final List<String> progress = new ArrayList<>();

  /** 4,200, 840, 99 (below minStargazers), unknown, and 300 stars gained. */
  private final Map<Long, StarGain> gains =
      Map.of(
          1L, gain(4200),
          2L, gain(840),
          3L, gain(99),
          4L, StarGain.UNKNOWN,
          5L, gain(300));

  @Test
  void theCandidatesWithTheMostStarsGainedAreAskedOnceARenamedOneUnderEachName() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .willReturn(
                rows(
                    "{\"repo_name\":\"huggingface/pytorch-pretrained-BERT\",\"stargazers\":\"822\","
                        + "\"lone\":\"98\"}\n"
                        + "{\"repo_name\":\"huggingface/transformers\",\"stargazers\":\"12\","
                        + "\"lone\":\"1\"}\n"
                        + "{\"repo_name\":\"starseller/llm-toolkit\",\"stargazers\":\"4188\","
                        + "\"lone\":\"3979\"}\n")));

    LoneStargazerCount.Counted counted = count(clickHouse(), false, 2);

    // At most ask (2), most stars gained first: not the third, nor those short of 100 or unknown.
    clickhouse.verify(
        1,
        postRequestedFor(urlPathEqualTo("/"))
            .withQueryParam(
                "param_repos",
                equalTo(
                    "['huggingface/pytorch-pretrained-BERT','huggingface/transformers',"
                        + "'starseller/llm-toolkit']")));
    assertThat(counted.byRepoId())
        .containsOnly(
            Map.entry(1L, new MonthStargazers(4188, 3979)),
            Map.entry(2L, new MonthStargazers(834, 99)));
    assertThat(counted.coverage())
        .isEqualTo(new LoneStargazersCoverage(LoneStargazersCoverage.Status.COUNTED, 2, 2));
    assertThat(counted.warnings()).isEmpty();
    assertThat(counted.cost().requests()).isEqualTo(1);
    assertThat(progress)
        .containsExactly(
            "github: counting the lone stargazers of 2 repositories on ClickHouse at "
                + "localhost:"
                + clickhouse.getPort());
  }

  @Test
  void aFailureUnderAutoIsOneWarningAndNothingIsKept() {
    clickhouse.stubFor(post(urlPathEqualTo("/")).willReturn(tooManyBytes()));

    LoneStargazerCount.Counted counted = count(clickHouse(), false, 50);

    assertThat(counted.byRepoId()).isEmpty();
    assertThat(counted.coverage())
        .isEqualTo(new LoneStargazersCoverage(LoneStargazersCoverage.Status.FAILED, 3, 0));
    assertThat(counted.warnings())
        .singleElement()
        .asString()
        .startsWith("the lone stargazers of 3 repositories were not counted")
        .contains("TOO_MANY_BYTES");
  }

  @Test
  void aFailureUnderEventsEndsTheFetchWithItsExitCodeAsEveryClickHouseFailureThere() {
    clickhouse.stubFor(post(urlPathEqualTo("/")).willReturn(tooManyBytes()));

    assertThatThrownBy(() -> count(clickHouse(), true, 50))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode().code()).isEqualTo(75))
        .hasMessageContaining("TOO_MANY_BYTES");
  }

  @Test
  void hourFilesCannotTellThemAndAskNothing() {
    LoneStargazerCount.Counted counted =
        count(new HourFileEvents(EventsSettings.DEFAULTS, List.of()), false, 50);

    assertThat(counted.coverage()).isEqualTo(LoneStargazersCoverage.UNAVAILABLE);
    assertThat(counted.byRepoId()).isEmpty();
    assertThat(progress).isEmpty();
  }

  @Test
  void aMonthGhArchiveLostMostStarsOfIsNotAsked() {
    LoneStargazerCount.Counted counted =
        LoneStargazerCount.count(
            CalendarMonth.of(2025, 9),
            events(clickHouse(), 50),
            true,
            List.of(bought),
            gains,
            Map.of(),
            progress::add);

    assertThat(counted.coverage()).isEqualTo(LoneStargazersCoverage.UNSOUND);
    assertThat(clickhouse.getAllServeEvents()).isEmpty();
  }

  @Test
  void noCandidateWithEnoughStarsGainedAsksNothing() {
    LoneStargazerCount.Counted counted =
        LoneStargazerCount.count(
            NOVEMBER,
            events(clickHouse(), 50),
            true,
            List.of(fewStars, unmeasured),
            gains,
            Map.of(),
            progress::add);

    assertThat(counted.coverage())
        .isEqualTo(new LoneStargazersCoverage(LoneStargazersCoverage.Status.COUNTED, 0, 0));
    assertThat(clickhouse.getAllServeEvents()).isEmpty();
  }

  @Test
  void askZeroSendsNoQueryAndTheCoverageSaysNotAsked() {
    LoneStargazerCount.Counted counted = count(clickHouse(), true, 0);

    // Not "counted 0 of 0": the query was turned off, as the dry run's plan leaves it out.
    assertThat(counted.coverage()).isEqualTo(LoneStargazersCoverage.UNAVAILABLE);
    assertThat(events(clickHouse(), 0).loneStargazersNotAsked(NOVEMBER))
        .contains(LoneStargazersCoverage.UNAVAILABLE);
    assertThat(events(clickHouse(), 50).loneStargazersNotAsked(NOVEMBER)).isEmpty();
    assertThat(counted.byRepoId()).isEmpty();
    assertThat(clickhouse.getAllServeEvents()).isEmpty();
    assertThat(progress).isEmpty();
  }

  private LoneStargazerCount.Counted count(EventsSource source, boolean required, int ask) {
    return LoneStargazerCount.count(
        NOVEMBER,
        events(source, ask),
        required,
        List.of(fewStars, third, renamed, unmeasured, bought),
        gains,
        Map.of(2L, List.of("huggingface/pytorch-pretrained-BERT"), 1L, List.of(bought.fullName())),
        progress::add);
  }

  private static GitHubEvents events(EventsSource source, int ask) {
    return new GitHubEvents(
        GitHubSourceChoice.auto,
        EventsSettings.DEFAULTS,
        source,
        null,
        null,
        new StarBurstSettings.LoneStargazers(0.8, 100, ask));
  }

  private static EventsSource clickHouse() {
    HttpStack stack =
        new HttpStack(
            new HttpSettings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                1,
                Duration.ofMinutes(1)),
            d -> {},
            Optional.empty());
    return ClickHouseEvents.connect(
        stack,
        "curate/0.1.0-test",
        clickhouse.baseUrl(),
        ClickHouseCredentials.playground(),
        EventsSettings.DEFAULTS);
  }

  private static StarGain gain(int stars) {
    return StarGain.measured(stars, StarGainMethod.HISTORY, List.of(), AT);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder rows(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-ndjson; charset=UTF-8")
        .withHeader("X-ClickHouse-Format", "JSONEachRow")
        .withBody(body);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tooManyBytes() {
    return aResponse()
        .withStatus(500)
        .withHeader("Content-Type", "text/plain; charset=UTF-8")
        .withHeader("X-ClickHouse-Exception-Code", "307")
        .withBody(
            "Code: 307. DB::Exception: Limit for rows or bytes to read exceeded, max bytes: 1.00"
                + " TiB, current bytes: 1.00 TiB. (TOO_MANY_BYTES) (version 25.10.1.3832 (official"
                + " build))\n");
  }
}
