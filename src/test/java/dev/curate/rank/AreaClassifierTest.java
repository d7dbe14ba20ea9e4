package dev.curate.rank;

import static dev.curate.rank.Candidates.repo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.AreaRule;
import dev.curate.config.ConfigLoader;
import dev.curate.model.Repo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaClassifierTest {
  private static final AreaRule NLP =
      new AreaRule(
          "nlp", "NLP", List.of("nlp", "bert"), List.of("language model", "sentence", "text"));
  private static final AreaRule VISION =
      new AreaRule(
          "computer-vision",
          "Computer vision",
          List.of("computer-vision"),
          List.of("image", "video"));
  private static final AreaRule TOOLING =
      new AreaRule("tooling", "Tooling", List.of("mlops"), List.of("service", "serving", "gpu"));

  private final AreaClassifier classifier = new AreaClassifier(List.of(NLP, VISION, TOOLING));

  private Classification classify(Repo repo) {
    return classifier.classify(repo, null);
  }

  @Test
  void aTopicDecides() {
    Classification c = classify(repo("x/y", 10, "Some tool", List.of("Computer-Vision", "python")));
    assertThat(c.category()).isEqualTo(new Category("computer-vision", "Computer vision"));
    assertThat(c.basis()).isEqualTo("topics: computer-vision");
  }

  @Test
  void topicsBeatDescriptionWords() {
    Classification c =
        classify(repo("x/y", 10, "Serve image and video models on a GPU", List.of("nlp")));
    assertThat(c.category().slug()).isEqualTo("nlp");
  }

  @Test
  void descriptionWordsDecideWhenNoTopicMatches() {
    Classification c =
        classify(repo("x/y", 10, "Image captioning from video frames", List.of("pytorch")));
    assertThat(c.category().slug()).isEqualTo("computer-vision");
    assertThat(c.basis()).isEqualTo("name/description: image, video");
  }

  @Test
  void theNameCountsWithTheDescription() {
    Classification c =
        classify(repo("hanxiao/bert-as-service", 10, "Mapping a sentence to a vector", List.of()));
    // nlp: sentence; tooling: service. A tie goes to the area listed first.
    assertThat(c.category().slug()).isEqualTo("nlp");
    assertThat(
            new AreaClassifier(List.of(TOOLING, NLP, VISION))
                .classify(
                    repo(
                        "hanxiao/bert-as-service", 10, "Mapping a sentence to a vector", List.of()),
                    null)
                .category()
                .slug())
        .isEqualTo("tooling");
  }

  @Test
  void theAreaWithTheMostDistinctMatchesWins() {
    Classification c =
        classify(repo("x/y", 10, "Serving a language model on a GPU as a service", List.of()));
    assertThat(c.category().slug()).isEqualTo("tooling");
    assertThat(c.basis()).isEqualTo("name/description: service, serving, gpu");
  }

  @Test
  void readmeWordsDecideOnlyWhenNameAndDescriptionSayNothing() {
    Repo quiet = repo("x/quickdraw", 10, "An online game", List.of());
    assertThat(
            classifier.classify(quiet, "Draw and the model guesses the image.").category().slug())
        .isEqualTo("computer-vision");
    assertThat(classifier.classify(quiet, "Draw and the model guesses the image.").basis())
        .isEqualTo("README: image");
    Repo described = repo("x/y", 10, "A sentence encoder", List.of());
    assertThat(classifier.classify(described, "image image video image").category().slug())
        .isEqualTo("nlp");
  }

  @Test
  void otherWhenNothingMatches() {
    Classification c = classifier.classify(repo("x/y", 10, null, List.of("python")), null);
    assertThat(c.category()).isEqualTo(Category.OTHER);
    assertThat(
            new AreaClassifier(List.of())
                .classify(repo("x/y", 10, "image", List.of("nlp")), "text")
                .category())
        .isEqualTo(Category.OTHER);
  }

  @Test
  void theShippedRulesFileTheNovember2018PicksUnderTheirAreas() {
    AreaClassifier shipped =
        new AreaClassifier(new ConfigLoader().load(Optional.empty(), Map.of()).areas());
    Map<Repo, String> expected =
        Map.of(
            repo(
                    "openai/spinningup",
                    10,
                    "An educational resource to help anyone learn deep reinforcement learning.",
                    List.of()),
                "reinforcement-learning",
            repo(
                    "NVIDIA/waveglow",
                    10,
                    "A Flow-based Generative Network for Speech Synthesis",
                    List.of()),
                "speech-audio",
            repo(
                    "hanxiao/bert-as-service",
                    10,
                    "Mapping a variable-length sentence to a fixed-length vector using BERT model",
                    List.of()),
                "nlp",
            repo(
                    "CSAILVision/gandissect",
                    10,
                    "Pytorch-based tools for visualizing and understanding the neurons of a GAN.",
                    List.of()),
                "generative",
            repo(
                    "1991viet/QuickDraw",
                    10,
                    "Implementation of Quickdraw - an online game developed by Google",
                    List.of()),
                "other");
    expected.forEach(
        (repo, area) ->
            assertThat(shipped.classify(repo, null).category().slug())
                .as(repo.fullName())
                .isEqualTo(area));
  }
}
