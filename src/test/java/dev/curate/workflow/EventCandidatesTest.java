package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.StarBurstSettings;
import dev.curate.events.EventsMonth;
import dev.curate.events.RepoStars;
import dev.curate.events.StarCounts;
import dev.curate.github.Lookups;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.HttpActivity;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.rank.MlFilter;
import dev.curate.rank.RankRules;
import dev.curate.testing.RepoBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * From the names GH Archive's events counted to candidates: what the look-ups answered (a fake of
 * {@code GitHubSource.lookUp}, in the shapes {@code github.RepositoryLookupTest} reads from
 * GitHub's answers) merged with what the searches found.
 */
class EventCandidatesTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final MlFilter SHIPPED =
      new MlFilter(RankRules.from(new ConfigLoader().load(Optional.empty(), Map.of())));

  private static final Repo TRANSFORMERS =
      RepoBuilder.repo("huggingface/transformers")
          .id(155_220_641)
          .description(
              "🤗 Transformers: State-of-the-art Natural Language Processing for TensorFlow 2.0 and"
                  + " PyTorch.")
          .topics("nlp", "natural-language-processing", "transformer")
          .createdAt("2018-11-05T00:00:00Z")
          .build();
  private static final Repo REACT =
      RepoBuilder.repo("facebook/react")
          .id(10_270_250)
          .description(
              "A declarative, efficient, and flexible JavaScript library for building user"
                  + " interfaces.")
          .topics("javascript", "react", "frontend", "ui", "library")
          .createdAt("2013-05-24T16:15:54Z")
          .build();
  private static final Repo FLAIR =
      RepoBuilder.repo("flairNLP/flair")
          .id(136_301_183)
          .description(
              "A very simple framework for state-of-the-art Natural Language Processing (NLP)")
          .topics("nlp", "machine-learning", "word-embeddings")
          .createdAt("2018-06-11T12:06:01Z")
          .build();

  private final List<List<String>> asked = new ArrayList<>();

  @Test
  void aRenamedRepositoryIsOneCandidateWithItsCountsSummedAcrossNames() {
    EventsMonth events =
        month(
            stars("huggingface/pytorch-pretrained-BERT", 840, 40, 0, 0),
            stars("facebook/react", 5210, 4980, 5120, 5050),
            stars("example-ml/withdrawn-model", 700, 20, 10, 5),
            stars("huggingface/transformers", 60, 5, 0, 0));
    RepoLookup lookUp =
        lookups(
            List.of(
                new Lookups.Found(
                    TRANSFORMERS,
                    List.of("huggingface/pytorch-pretrained-BERT", "huggingface/transformers")),
                new Lookups.Found(REACT, List.of("facebook/react"))),
            List.of("example-ml/withdrawn-model"));

    EventCandidates.Merged merged =
        EventCandidates.merge(NOVEMBER, events, List.of(), source(lookUp), line -> {});

    assertThat(merged.repos()).extracting(Repo::fullName).containsExactly(TRANSFORMERS.fullName());
    assertThat(merged.monthly())
        .containsOnlyKeys(TRANSFORMERS.id())
        .containsEntry(TRANSFORMERS.id(), new MonthlyStars(900, 45, 0, 0));
    EventsCoverage coverage = merged.coverage();
    assertThat(coverage.counted()).isEqualTo(4);
    assertThat(coverage.lookedUp()).isEqualTo(4);
    assertThat(coverage.keptAsMl()).isEqualTo(1);
    assertThat(coverage.renamed()).isEqualTo(1);
    assertThat(coverage.gone()).isEqualTo(1);
  }

  @Test
  void aRepositoryASearchFoundIsNotLookedUpAndItsOldNamesCountsJoinIt() {
    EventsMonth events =
        month(
            stars("flairNLP/flair", 100, 1, 1, 1),
            stars("zalandoresearch/flair", 2310, 60, 45, 52));
    RepoLookup lookUp =
        lookups(List.of(new Lookups.Found(FLAIR, List.of("zalandoresearch/flair"))), List.of());

    EventCandidates.Merged merged =
        EventCandidates.merge(NOVEMBER, events, List.of(FLAIR), source(lookUp), line -> {});

    assertThat(asked).containsExactly(List.of("zalandoresearch/flair"));
    assertThat(merged.repos()).containsExactly(FLAIR);
    assertThat(merged.monthly()).containsEntry(FLAIR.id(), new MonthlyStars(2410, 61, 46, 53));
    assertThat(merged.coverage().keptAsMl()).isZero();
  }

  @Test
  void aNameThatNowBelongsToARepositoryCreatedAfterTheMonthIsGone() {
    Repo newer = RepoBuilder.from(TRANSFORMERS).createdAt("2019-02-01T00:00:00Z").build();
    RepoLookup lookUp =
        lookups(List.of(new Lookups.Found(newer, List.of("huggingface/transformers"))), List.of());

    EventCandidates.Merged merged =
        EventCandidates.merge(
            NOVEMBER,
            month(stars("huggingface/transformers", 60, 5, 0, 0)),
            List.of(),
            source(lookUp),
            line -> {});

    assertThat(merged.repos()).isEmpty();
    assertThat(merged.coverage().gone()).isEqualTo(1);
    assertThat(merged.warnings()).singleElement().asString().contains("created after 2018-11");
  }

  private RepoLookup lookups(List<Lookups.Found> found, List<String> gone) {
    return (names, limit) -> {
      asked.add(List.copyOf(names));
      return new Lookups(
          found,
          names.size(),
          gone,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          names.size(),
          HttpActivity.NONE,
          RequestCount.NONE);
    };
  }

  private static GitHubEvents source(RepoLookup lookUp) {
    return new GitHubEvents(
        GitHubSourceChoice.auto,
        EventsSettings.DEFAULTS,
        null,
        lookUp,
        SHIPPED,
        StarBurstSettings.LoneStargazers.DEFAULT);
  }

  private static RepoStars stars(String name, long month, long one, long two, long three) {
    return new RepoStars(name, OptionalLong.empty(), month, List.of(one, two, three));
  }

  private static EventsMonth month(RepoStars... rows) {
    return new EventsMonth(
        EventsCoverage.Engine.CLICKHOUSE,
        "clickhouse.example.org:8443",
        Optional.empty(),
        new StarCounts(NOVEMBER, List.of(rows), true, false),
        null,
        "events: stand-in",
        List.of());
  }
}
