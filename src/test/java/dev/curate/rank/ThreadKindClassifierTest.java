package dev.curate.rank;

import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.config.ThreadKindRule;
import dev.curate.config.ThreadKindSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadKindClassifierTest {
  private static final List<ThreadKindRule> RULES =
      List.of(
          new ThreadKindRule(
              "discussion", "Discussion", List.of("D", "Discussion"), List.of("Discussion")),
          new ThreadKindRule("research", "Research", List.of("R", "Research"), List.of("Research")),
          new ThreadKindRule("project", "Project", List.of("P", "Project"), List.of("Project")),
          new ThreadKindRule("news", "News", List.of("N", "News"), List.of("News")));

  private final ThreadKindClassifier classifier =
      new ThreadKindClassifier(new ThreadKindSettings(RULES, Map.of("datascience", "discussion")));

  private String kind(String subreddit, String title, String flair) {
    return classifier.classify(thread("abc", subreddit, title, flair, 10)).category().slug();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[D] Why do we need gradient descent?                        | discussion",
        "[R] Exploration by Random Network Distillation              | research",
        "[P] A game that guesses your drawings                       | project",
        "[N] TensorFlow 2.0 is coming                                | news",
        "[Discussion] TensorFlow 2.0 API                             | discussion",
        "[d]lower case and no space                                  | discussion",
        "Reverse engineering a massive neural network [D]            | discussion",
        "[1810.12894] Exploration by distillation [R]                | research",
        "Just a title                                                | other",
        "[Q] A question tag no rule knows                            | other"
      })
  void titleTagsDecideWithoutFlair(String title, String kind) {
    assertThat(kind("MachineLearning", title, null)).isEqualTo(kind);
  }

  @Test
  void flairBeatsTheTitleTagAndIgnoresCaseAndEmoji() {
    assertThat(kind("MachineLearning", "[D] Is this research?", "Research")).isEqualTo("research");
    assertThat(kind("MachineLearning", "No tag", " news 📰 ")).isEqualTo("news");
    Classification c =
        classifier.classify(thread("abc", "MachineLearning", "[R] x", "Discussion", 1));
    assertThat(c.basis()).isEqualTo("flair 'Discussion'");
  }

  @Test
  void aFlairOfNoKindLeavesItToTheTitle() {
    assertThat(kind("MachineLearning", "[P] My project", "Meta")).isEqualTo("project");
  }

  @Test
  void theSubredditDefaultAppliesWhenNeitherFlairNorTagDecides() {
    Classification c =
        classifier.classify(
            thread("abc", "DataScience", "Landed my first data scientist job", null, 1));
    assertThat(c.category().slug()).isEqualTo("discussion");
    assertThat(c.basis()).isEqualTo("default of r/DataScience");
    assertThat(kind("datascience", "[N] Some news", null)).isEqualTo("news");
    assertThat(kind("MachineLearning", "Landed my first data scientist job", null))
        .isEqualTo("other");
  }

  @Test
  void whenTwoKindsShareATagTheFirstListedWins() {
    ThreadKindClassifier shared =
        new ThreadKindClassifier(
            new ThreadKindSettings(
                List.of(
                    new ThreadKindRule("research", "Research", List.of("R"), List.of()),
                    new ThreadKindRule("release", "Release", List.of("R"), List.of())),
                Map.of()));
    assertThat(shared.classify(thread("abc", "x", "[R] Something", null, 1)).category().slug())
        .isEqualTo("research");
  }

  @Test
  void aSubredditDefaultMustNameAKind() {
    assertThatThrownBy(
            () -> new ThreadKindClassifier(new ThreadKindSettings(RULES, Map.of("x", "chatter"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chatter");
  }
}
