package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.MlEvidence;
import dev.curate.model.Repo;
import dev.curate.testing.RepoBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ML filter for repositories found by name only, with the shipped configuration, on
 * repositories as GitHub describes them: descriptions and topics as their {@code GET
 * /repos/{owner}/{repo}} answers carry them (today's, or 2018's where the month matters).
 */
class MlFilterTest {
  private static final RankRules SHIPPED =
      RankRules.from(new ConfigLoader().load(Optional.empty(), Map.of()));

  private final MlFilter filter = new MlFilter(SHIPPED);

  private static Repo repo(String fullName, String description, String... topics) {
    return RepoBuilder.repo(fullName).description(description).topics(topics).build();
  }

  // Machine learning.

  @Test
  void pytorchIsMachineLearningByItsTopicsThoughItsDescriptionOnlySaysGpu() {
    MlFilter.Verdict v =
        filter.check(
            repo(
                "pytorch/pytorch",
                "Tensors and Dynamic neural networks in Python with strong GPU acceleration",
                "autograd",
                "deep-learning",
                "gpu",
                "machine-learning",
                "neural-network",
                "numpy",
                "python",
                "tensor"),
            null);
    assertThat(v.keep()).isTrue();
    assertThat(v.area().category().slug()).isEqualTo("tooling");
    assertThat(v.evidence())
        .contains("topic deep-learning", "topic machine-learning", "neural network");
  }

  @Test
  void transformersIsMachineLearningUnderNlp() {
    MlFilter.Verdict v =
        filter.check(
            repo(
                "huggingface/transformers",
                "🤗 Transformers: the model-definition framework for state-of-the-art machine learning"
                    + " models in text, vision, audio, and multimodal models, for both inference and"
                    + " training.",
                "audio",
                "deep-learning",
                "llm",
                "machine-learning",
                "natural-language-processing",
                "nlp",
                "pretrained-models",
                "pytorch",
                "speech-recognition",
                "transformer"),
            null);
    assertThat(v.keep()).isTrue();
    assertThat(v.area().category().slug()).isEqualTo("nlp");
  }

  @Test
  void spinningUpOf2018WithoutTopicsIsMachineLearningByItsDescription() {
    MlFilter.Verdict v =
        filter.check(
            repo(
                "openai/spinningup",
                "An educational resource to help anyone learn deep reinforcement learning."),
            null);
    assertThat(v.keep()).isTrue();
    assertThat(v.area().category().slug()).isEqualTo("reinforcement-learning");
    assertThat(v.evidence()).containsExactly("reinforcement learning");
  }

  @Test
  void waveglowIsMachineLearningBySpeechSynthesis() {
    MlFilter.Verdict v =
        filter.check(
            repo("NVIDIA/waveglow", "A Flow-based Generative Network for Speech Synthesis"), null);
    assertThat(v.keep()).isTrue();
    assertThat(v.area().category().slug()).isEqualTo("speech-audio");
    assertThat(v.evidence()).containsExactly("speech synthesis");
  }

  @Test
  void theBertReposOf2018AreMachineLearning() {
    assertThat(
            filter.isMachineLearning(
                repo(
                    "google-research/bert",
                    "TensorFlow code and pre-trained models for BERT",
                    "google",
                    "natural-language-processing",
                    "natural-language-understanding",
                    "nlp",
                    "tensorflow"),
                null))
        .isTrue();
    MlFilter.Verdict asService =
        filter.check(
            repo(
                "hanxiao/bert-as-service",
                "Mapping a variable-length sentence to a fixed-length vector using BERT model"),
            null);
    assertThat(asService.keep()).isTrue();
    assertThat(asService.describe())
        .isEqualTo("machine learning: nlp (name/description: sentence, bert); evidence: bert");
  }

  @Test
  void anMlListIsMachineLearningWhereOtherAwesomeListsAreNot() {
    assertThat(
            filter.isMachineLearning(
                repo(
                    "josephmisiti/awesome-machine-learning",
                    "A curated list of awesome Machine Learning frameworks, libraries and software.",
                    "awesome",
                    "awesome-list",
                    "machine-learning",
                    "python"),
                null))
        .isTrue();
  }

  @Test
  void aReadmeIsEvidenceWhenTheRepositoryItselfSaysNothing() {
    Repo quiet = RepoBuilder.repo("someone/tc").description(null).build();
    MlFilter.Verdict v =
        filter.check(quiet, "A deep learning model for text classification, trained on news.");
    assertThat(v.keep()).isTrue();
    assertThat(v.area().category().slug()).isEqualTo("nlp");
    assertThat(v.evidence()).containsExactly("deep learning (README)");
  }

  // Popular, and not machine learning.

  @Test
  void reactIsNoMachineLearningThoughTheToolingAreaTakesItsLibrary() {
    MlFilter.Verdict v =
        filter.check(
            repo(
                "facebook/react",
                "A declarative, efficient, and flexible JavaScript library for building user"
                    + " interfaces.",
                "declarative",
                "frontend",
                "javascript",
                "library",
                "react",
                "ui"),
            null);
    // The generic word files it under an ML area; only the missing evidence keeps it out.
    assertThat(v.area().category().slug()).isEqualTo("tooling");
    assertThat(v.area().basis()).isEqualTo("name/description: library");
    assertThat(v.machineLearning()).isFalse();
    assertThat(v.keep()).isFalse();
    assertThat(v.describe())
        .isEqualTo(
            "not machine learning: tooling (name/description: library), but no ML-specific topic"
                + " or term");
  }

  @Test
  void vueAndBootstrapAreNoMachineLearningThoughTheyAreFrameworks() {
    MlFilter.Verdict vue =
        filter.check(
            repo(
                "vuejs/vue",
                "🖖 Vue.js is a progressive, incrementally-adoptable JavaScript framework for"
                    + " building UI on the web.",
                "framework",
                "frontend",
                "javascript",
                "vue"),
            null);
    MlFilter.Verdict bootstrap =
        filter.check(
            repo(
                "twbs/bootstrap",
                "The most popular HTML, CSS, and JavaScript framework for developing responsive,"
                    + " mobile first projects on the web.",
                "bootstrap",
                "css",
                "css-framework",
                "html",
                "javascript",
                "sass",
                "scss"),
            null);
    assertThat(List.of(vue, bootstrap))
        .allSatisfy(
            v -> {
              assertThat(v.area().category().slug()).isEqualTo("tooling");
              assertThat(v.keep()).isFalse();
            });
  }

  @Test
  void freeCodeCampIsNoMachineLearningThoughItsReadmeListsAnMlCertification() {
    MlFilter.Verdict v =
        filter.check(
            repo(
                "freeCodeCamp/freeCodeCamp",
                "freeCodeCamp.org's open-source codebase and curriculum. Learn math, programming,"
                    + " and computer science for free.",
                "careers",
                "certification",
                "community",
                "curriculum",
                "d3",
                "education",
                "freecodecamp",
                "javascript",
                "learn-to-code",
                "math",
                "nodejs",
                "nonprofits",
                "programming",
                "react",
                "teachers"),
            "freeCodeCamp.org's open source codebase and curriculum. Our certifications: Responsive"
                + " Web Design, JavaScript Algorithms and Data Structures, Data Analysis with"
                + " Python, Machine Learning with Python, ...");
    assertThat(v.area().category().slug()).isEqualTo("education");
    assertThat(v.evidence()).isEmpty();
    assertThat(v.keep()).isFalse();
  }

  @Test
  void vscodeLinuxAwesomeListsAndThreeJsAreNoMachineLearning() {
    List<Repo> popular =
        List.of(
            repo(
                "microsoft/vscode",
                "Visual Studio Code",
                "editor",
                "electron",
                "microsoft",
                "typescript",
                "visual-studio-code"),
            repo("torvalds/linux", "Linux kernel source tree"),
            repo(
                "sindresorhus/awesome",
                "😎 Awesome lists about all kinds of interesting topics",
                "awesome",
                "awesome-list",
                "lists",
                "resources",
                "unicorns"),
            repo(
                "vinta/awesome-python",
                "An opinionated list of awesome Python frameworks, libraries, software and"
                    + " resources.",
                "awesome",
                "collections",
                "python",
                "python-framework",
                "python-library",
                "python-resources"),
            repo(
                "mrdoob/three.js",
                "JavaScript 3D Library.",
                "3d",
                "augmented-reality",
                "canvas",
                "html5",
                "javascript",
                "svg",
                "virtual-reality",
                "webaudio",
                "webgl",
                "webgl2",
                "webgpu",
                "webxr"));
    // vscode's README (its prose) talks of a code editor and extensions, not of ML.
    String vscodeReadme =
        "Visual Studio Code is a distribution of the Code - OSS repository with Microsoft-specific"
            + " customizations released under a traditional Microsoft product license. It combines"
            + " the simplicity of a code editor with what developers need for their core"
            + " edit-build-debug cycle, and a rich extensibility model and API.";
    for (Repo repo : popular) {
      String readme = repo.fullName().equals("microsoft/vscode") ? vscodeReadme : null;
      assertThat(filter.check(repo, readme).keep()).as(repo.fullName()).isFalse();
    }
  }

  // The rule's parts.

  @Test
  void anMlRepositoryNoAreaFilesIsLeftOut() {
    MlFilter.Verdict v = filter.check(repo("someone/nn", "A neural network in 100 lines"), null);
    assertThat(v.evidence()).containsExactly("neural network");
    assertThat(v.area().category()).isEqualTo(Category.OTHER);
    assertThat(v.keep()).isFalse();
    assertThat(v.describe()).startsWith("not machine learning: no area");
  }

  @Test
  void junkIsLeftOutEvenWhenItIsMachineLearning() {
    MlFilter.Verdict v =
        filter.check(
            repo("student/cs231n-assignment-2", "CS231n assignment: CNNs for image classification"),
            null);
    assertThat(v.machineLearning()).isTrue();
    assertThat(v.keep()).isFalse();
    assertThat(v.describe()).endsWith("; junk: excluded: blocklisted ('assignment')");
  }

  @Test
  void widerEvidenceLetsMoreIn() {
    Repo robotics =
        repo(
            "someone/arm", "Motion planning library for robot arms", "robotics", "motion-planning");
    assertThat(filter.isMachineLearning(robotics, null)).isFalse();
    RankRules wider =
        new RankRules(
            SHIPPED.areas(),
            SHIPPED.threadKinds(),
            SHIPPED.diversity(),
            SHIPPED.junk(),
            SHIPPED.starBurst(),
            new MlEvidence(List.of("robotics"), SHIPPED.mlEvidence().keywords()));
    assertThat(new MlFilter(wider).isMachineLearning(robotics, null)).isTrue();
  }
}
