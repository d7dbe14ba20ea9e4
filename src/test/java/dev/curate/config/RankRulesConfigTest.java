package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys {@code rank} classifies and filters with: areas, threadKinds, diversity, junk. */
class RankRulesConfigTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("curate.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private CurateConfig load(String yaml) throws IOException {
    return loader.load(Optional.of(file(yaml)), Map.of());
  }

  @Test
  void shippedDefaultsHaveTheIssuesAreasKindsAndCaps() {
    CurateConfig c = loader.load(Optional.empty(), Map.of());
    assertThat(c.areas())
        .extracting(AreaRule::slug)
        .containsExactly(
            "reinforcement-learning",
            "speech-audio",
            "computer-vision",
            "nlp",
            "generative",
            "education",
            "tooling");
    assertThat(c.areas()).allSatisfy(a -> assertThat(a.name()).isNotBlank());
    assertThat(c.threadKinds().rules())
        .extracting(ThreadKindRule::slug)
        .containsExactly("discussion", "research", "project", "news");
    assertThat(c.threadKinds().rules().get(0).tags()).containsExactly("D", "Discussion");
    assertThat(c.threadKinds().subreddits()).containsEntry("datascience", "discussion");
    assertThat(c.diversity()).isEqualTo(new DiversitySettings(1, 2));
    assertThat(c.junk().requireDescriptionOrReadme()).isTrue();
    assertThat(c.junk().blocklist()).contains("homework", "hello world");
  }

  @Test
  void userAreasReplaceTheDefaultListWhole() throws IOException {
    CurateConfig c =
        load(
            """
        areas:
          - slug: robotics
            name: Robotics
            topics: [robotics, ros]
            keywords: []
        """);
    assertThat(c.areas())
        .containsExactly(
            new AreaRule(
                "robotics", "Robotics", java.util.List.of("robotics", "ros"), java.util.List.of()));
  }

  @Test
  void subredditKindsMergeWithTheDefaults() throws IOException {
    CurateConfig c = load("threadKinds:\n  subreddits:\n    learnmachinelearning: discussion\n");
    assertThat(c.threadKinds().subreddits())
        .containsEntry("datascience", "discussion")
        .containsEntry("learnmachinelearning", "discussion");
    assertThat(c.threadKinds().rules()).hasSize(4);
  }

  @Test
  void diversityCapsOutOfRangeNameTheFileAndKey() throws IOException {
    Path f = file("diversity:\n  maxPerArea: 0\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file " + f + ": key 'diversity.maxPerArea' must be between 1 and 100, got 0");
  }

  @Test
  void starBurstAndEnrichDefaultsAndOutOfRangeValuesNameTheFileAndKey() throws IOException {
    CurateConfig c = loader.load(Optional.empty(), Map.of());
    assertThat(c.starBurst()).isEqualTo(new StarBurstSettings(2, 0.8, 0.02, 200));
    assertThat(c.enrich()).isEqualTo(new EnrichSettings(30, 3));

    Path share = file("starBurst:\n  share: 1.5\n");
    assertThatThrownBy(() -> loader.load(Optional.of(share), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file "
                + share
                + ": key 'starBurst.share' must be more than 0 and at most 1, got 1.5");
    Path comments = file("enrich:\n  comments: 4\n");
    assertThatThrownBy(() -> loader.load(Optional.of(comments), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file " + comments + ": key 'enrich.comments' must be between 1 and 3, got 4");
  }

  @Test
  void theStarBurstSignalsAreShippedAndSetKeyByKey() throws IOException {
    assertThat(loader.load(Optional.empty(), Map.of()).starBurst())
        .isEqualTo(StarBurstSettings.DEFAULT)
        .satisfies(b -> assertThat(b.passOver()).isTrue());

    StarBurstSettings set =
        load("starBurst:\n  passOver: false\n  watchers:\n    lookUp: 0\n").starBurst();

    assertThat(set.passOver()).isFalse();
    assertThat(set.watchers())
        .isEqualTo(
            new StarBurstSettings.Watchers(StarBurstSettings.Watchers.DEFAULT.maxPerStar(), 0));
    assertThat(set.cliff()).isEqualTo(StarBurstSettings.Cliff.DEFAULT);
  }

  @Test
  void aStarBurstSignalOutOfRangeNamesTheFileAndKey() throws IOException {
    Path share = file("starBurst:\n  loneStargazers:\n    minShare: 0\n");
    assertThatThrownBy(() -> loader.load(Optional.of(share), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file "
                + share
                + ": key 'starBurst.loneStargazers.minShare' must be more than 0 and at most 1,"
                + " got 0.0");
    Path days = file("starBurst:\n  cliff:\n    daysAfter: 40\n");
    assertThatThrownBy(() -> loader.load(Optional.of(days), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file "
                + days
                + ": key 'starBurst.cliff.daysAfter' must be between 1 and 28, got 40");
    Path watchers = file("starBurst:\n  watchers:\n    maxPerStar: -1\n");
    assertThatThrownBy(() -> loader.load(Optional.of(watchers), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file "
                + watchers
                + ": key 'starBurst.watchers.maxPerStar' must be zero or more, got -1.0");
    Path ask = file("starBurst:\n  loneStargazers:\n    ask: 201\n");
    assertThatThrownBy(() -> loader.load(Optional.of(ask), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config file "
                + ask
                + ": key 'starBurst.loneStargazers.ask' must be between 0 and 200, got 201");
  }

  @Test
  void theLoneStargazersAskedAtFetchCanBeNone() throws IOException {
    assertThat(load("starBurst:\n  loneStargazers:\n    ask: 0\n").starBurst().loneStargazers())
        .isEqualTo(new StarBurstSettings.LoneStargazers(0.8, 100, 0));
  }

  @Test
  void aProblemInsideAUserListNamesTheUsersFileAndTheEntry() throws IOException {
    Path f =
        file(
            """
        areas:
          - {slug: nlp, name: NLP, topics: [nlp], keywords: []}
          - {slug: Computer Vision, name: CV, topics: [], keywords: [image]}
        """);
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "config file " + f + ": key 'areas[1].slug' 'Computer Vision' is not a slug");
  }

  @Test
  void otherIsReservedAndSlugsAreUnique() throws IOException {
    assertThatThrownBy(
            () -> load("areas:\n  - {slug: other, name: Other, topics: [x], keywords: []}\n"))
        .hasMessageContaining("areas[0].slug")
        .hasMessageContaining("reserved");
    assertThatThrownBy(
            () ->
                load(
                    """
        areas:
          - {slug: nlp, name: NLP, topics: [nlp], keywords: []}
          - {slug: nlp, name: Text, topics: [], keywords: [text]}
        """))
        .hasMessageContaining("areas[1].slug")
        .hasMessageContaining("used twice");
  }

  @Test
  void anAreaNeedsATopicOrAKeywordAndTopicsMustBeGitHubTopics() throws IOException {
    assertThatThrownBy(
            () -> load("areas:\n  - {slug: empty, name: Empty, topics: [], keywords: []}\n"))
        .hasMessageContaining("key 'areas[0]' area 'empty' needs at least one topic or keyword");
    assertThatThrownBy(
            () ->
                load(
                    "areas:\n  - {slug: nlp, name: NLP, topics: [Natural Language], keywords: []}\n"))
        .hasMessageContaining("areas[0].topics")
        .hasMessageContaining("'Natural Language' is not a GitHub topic");
  }

  @Test
  void anAreaEntryMustSpellOutEveryKey() throws IOException {
    assertThatThrownBy(() -> load("areas:\n  - {slug: nlp, name: NLP, topics: [nlp]}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("areas[0]")
        .hasMessageContaining("keywords");
  }

  @Test
  void unknownKeyInARuleIsRefused() throws IOException {
    assertThatThrownBy(
            () ->
                load(
                    "areas:\n  - {slug: nlp, name: NLP, topics: [nlp], keywords: [], keyword: [x]}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'areas[0].keyword'");
  }

  @Test
  void tagsAreWrittenWithoutBrackets() throws IOException {
    assertThatThrownBy(
            () ->
                load(
                    """
        threadKinds:
          rules:
            - {slug: discussion, name: Discussion, tags: ['[D]'], flairs: []}
        """))
        .hasMessageContaining("threadKinds.rules[0].tags")
        .hasMessageContaining("without brackets");
  }

  @Test
  void subredditDefaultsMustNameAKindOrOther() throws IOException {
    assertThatThrownBy(() -> load("threadKinds:\n  subreddits:\n    datascience: chatter\n"))
        .hasMessageContaining("threadKinds.subreddits.datascience")
        .hasMessageContaining("'chatter' is not a kind");
    assertThat(
            load("threadKinds:\n  subreddits:\n    datascience: other\n")
                .threadKinds()
                .subreddits())
        .containsEntry("datascience", "other");
    assertThatThrownBy(() -> load("threadKinds:\n  subreddits:\n    r/datascience: discussion\n"))
        .hasMessageContaining("without r/");
  }

  @Test
  void blocklistEntriesNeedAWord() throws IOException {
    Path f = file("junk:\n  blocklist: [homework, '  ', '!!']\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessage("config file " + f + ": key 'junk.blocklist' entry 2 has no letter or digit");
  }

  @Test
  void aUserFileCanTurnOffTheDescriptionRuleAndKeepTheBlocklist() throws IOException {
    CurateConfig c = load("junk:\n  requireDescriptionOrReadme: false\n");
    assertThat(c.junk().requireDescriptionOrReadme()).isFalse();
    assertThat(c.junk().blocklist()).contains("homework");
  }

  @Test
  void mlEvidenceShipsSpecificTermsOnlyAndAUserFileWidensItKeyByKey() throws IOException {
    MlEvidence shipped = loader.load(Optional.empty(), Map.of()).mlEvidence();
    assertThat(shipped.topics()).contains("machine-learning", "deep-learning", "nlp");
    assertThat(shipped.keywords()).contains("machine learning", "neural network", "pytorch");
    // The generic words that file React and Bootstrap under tooling are no evidence.
    assertThat(shipped.keywords()).doesNotContain("library", "framework", "image", "tutorial");

    CurateConfig widened = load("mlEvidence:\n  topics: [robotics, machine-learning]\n");
    assertThat(widened.mlEvidence().topics()).containsExactly("robotics", "machine-learning");
    assertThat(widened.mlEvidence().keywords()).isEqualTo(shipped.keywords());
  }

  @Test
  void mlEvidenceTopicsMustBeGitHubTopicsAndSomethingMustBeEvidence() throws IOException {
    Path f = file("mlEvidence:\n  topics: [Machine Learning]\n");
    assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
        .hasMessage(
            "config file "
                + f
                + ": key 'mlEvidence.topics' 'Machine Learning' is not a GitHub topic (lowercase"
                + " letters, digits, hyphens)");
    assertThatThrownBy(() -> load("mlEvidence:\n  topics: []\n  keywords: []\n"))
        .hasMessageContaining("key 'mlEvidence' needs at least one topic or keyword");
    assertThatThrownBy(() -> load("mlEvidence:\n  keywords: [deep learning, '--']\n"))
        .hasMessageContaining("key 'mlEvidence.keywords' entry 2 has no letter or digit");
  }
}
