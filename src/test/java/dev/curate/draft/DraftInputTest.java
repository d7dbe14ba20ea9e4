package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.enrich.CommentExcerpt;
import dev.curate.enrich.Paper;
import dev.curate.enrich.ProjectLink;
import dev.curate.enrich.RepoEnrichment;
import dev.curate.enrich.ThreadEnrichment;
import dev.curate.model.CalendarMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class DraftInputTest {
  private static final String HOSTILE =
      "# x [a](javascript:alert(1)) <img src=x onerror=alert(1)> --> *y* \u001B[31m";
  private final DraftRenderer renderer = new DraftRenderer();

  @Test
  void listsEarlierIssuesOldestFirstOncePerMonthAndAsksForMissingLinks() {
    String draft =
        renderer.render(
            DraftInput.of(NovemberShortlist.shortlist())
                .withArchive(
                    List.of(
                        new PublishedIssue(
                            CalendarMonth.of(2018, 10), "https://example.com/october"),
                        new PublishedIssue(
                            CalendarMonth.of(2017, 12), "https://example.com/december"),
                        new PublishedIssue(
                            CalendarMonth.of(2018, 10), "https://example.com/october-again"),
                        new PublishedIssue(CalendarMonth.of(2018, 9), null),
                        new PublishedIssue(CalendarMonth.of(2018, 8), "javascript:alert(1)"),
                        new PublishedIssue(
                            CalendarMonth.of(2018, 11), "https://example.com/november"))));

    assertThat(draft)
        .contains(
            """
        - [December 2017](https://example.com/december)
        - August 2018 <!-- EDITOR: the link to this issue -->
        - September 2018 <!-- EDITOR: the link to this issue -->
        - [October 2018](https://example.com/october)

        ## GitHub Repositories""")
        .doesNotContain("november", "october-again", "javascript", "EDITOR: series archive");
  }

  @Test
  void withoutEarlierIssuesTheArchiveIsLeftToTheEditor() {
    String draft =
        renderer.render(
            DraftInput.of(NovemberShortlist.shortlist())
                .withArchive(
                    List.of(
                        new PublishedIssue(
                            CalendarMonth.of(2018, 12), "https://example.com/later"))));

    assertThat(draft).contains("<!-- EDITOR: series archive").doesNotContain("example.com/later");
  }

  @Test
  void theChineseDraftHasTheSameStructureInChinese() {
    String en = renderer.render(DraftInput.of(NovemberShortlist.shortlist()));
    String zh =
        renderer.render(DraftInput.of(NovemberShortlist.shortlist()).withLanguage(Language.ZH));

    assertThat(zh.lines().filter(l -> l.startsWith("#")))
        .containsExactly(
            "# 5 个最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)",
            "## GitHub 仓库",
            "### [openai/spinningup](https://github.com/openai/spinningup)",
            "### [NVIDIA/waveglow](https://github.com/NVIDIA/waveglow)",
            "### [hanxiao/bert-as-service](https://github.com/hanxiao/bert-as-service)",
            "### [1991viet/QuickDraw](https://github.com/1991viet/QuickDraw)",
            "### [CSAILVision/gandissect](https://github.com/CSAILVision/gandissect)",
            "## Reddit 讨论",
            "### [\\[D\\] Debate on TensorFlow 2.0 API](https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d_debate_on_tensorflow_20_api/)",
            "### [\\[D\\] A note on why gradient descent is even needed](https://www.reddit.com/r/MachineLearning/comments/9sfv8x/d_a_note_on_why_gradient_descent_is_even_needed/)",
            "### [\\[R\\] Reinforcement Learning with Prediction-Based Rewards](https://www.reddit.com/r/MachineLearning/comments/9tangi/r_reinforcement_learning_with_predictionbased/)",
            "### [\\[D\\] Reverse-engineering a massive neural network](https://www.reddit.com/r/MachineLearning/comments/9symfk/d_reverseengineering_a_massive_neural_network/)",
            "### [Landed my first job as a Data Scientist](https://www.reddit.com/r/datascience/comments/9xxm3w/landed_my_first_job_as_a_data_scientist/)",
            "## 结束语");
    assertThat(zh.lines().count()).isEqualTo(en.lines().count());
    assertThat(zh.split("<!-- EDITOR: ", -1)).hasSameSizeAs(en.split("<!-- EDITOR: ", -1));
  }

  @Test
  void hostileEnrichmentRendersAsTextAndAddsNoMarkupOrLinks() {
    var shortlist = NovemberShortlist.shortlist();
    String repo = "openai/spinningup";
    String thread = "9ysmtn";
    DraftInput input =
        DraftInput.of(shortlist)
            .withRepoEnrichment(
                Map.of(
                    repo,
                    new RepoEnrichment(
                        HOSTILE,
                        List.of(
                            new Paper(
                                Paper.Source.DOI,
                                "10.1/x)](javascript:alert(1)",
                                "javascript:alert(1)")),
                        List.of(
                            new ProjectLink(
                                ProjectLink.Kind.DEMO, HOSTILE, "https://demo.example.org/a b(c)"),
                            new ProjectLink(ProjectLink.Kind.DOCS, "docs", "javascript:alert(2)")),
                        "javascript:alert(3)")))
            .withThreadEnrichment(
                Map.of(
                    thread, new ThreadEnrichment(List.of(new CommentExcerpt(HOSTILE, 3, HOSTILE)))))
            .withNotes(Map.of(repo, HOSTILE, thread, HOSTILE))
            .withFlags(Map.of(repo, List.of(HOSTILE)))
            .withLabels(Map.of(repo, HOSTILE));

    String draft = renderer.render(input);
    Node document = CommonMarkText.parse(draft);

    assertThat(draft)
        .doesNotContain("\u001B")
        .contains("- Demo: [\\# x \\[a\\](javascript:alert(1)) &lt;img");
    assertThat(destinations(document))
        .allMatch(d -> d.matches("https?://.+"))
        .contains("https://demo.example.org/a%20b%28c%29")
        .contains("https://opengraph.githubassets.com/1/openai/spinningup");
    assertThat(html(document))
        .allSatisfy(
            h -> {
              assertThat(h).startsWith("<!-- EDITOR: ");
              assertThat(h.strip().indexOf("-->")).isEqualTo(h.strip().length() - 3);
            });
  }

  @Test
  void showsTheLinkedDomainForThreadsTheWorkflowLookedAt() {
    String plain = renderer.render(DraftInput.of(NovemberShortlist.shortlist()));
    String enriched =
        renderer.render(
            DraftInput.of(NovemberShortlist.shortlist())
                .withThreadEnrichment(Map.of("9tangi", ThreadEnrichment.NONE)));

    assertThat(plain).contains("\nLinks to [https://blog.openai.com/");
    assertThat(enriched).contains("\nLinks to blog.openai.com: [https://blog.openai.com/");
  }

  @Test
  void keysItemsCaseInsensitivelyByOwnerAndName() {
    String draft =
        renderer.render(
            DraftInput.of(NovemberShortlist.shortlist())
                .withNotes(Map.of("OPENAI/SpinningUp", "seen")));

    assertThat(draft).contains("<!-- EDITOR: what it is and why it matters · your note: seen -->");
  }

  @Test
  void doesNotRepeatTheDescriptionAsTheReadmeParagraphNorTheHomepageAsAWebsite() {
    var shortlist = NovemberShortlist.shortlist();
    String description = shortlist.repos().get(0).repo().description();
    String draft =
        renderer.render(
            DraftInput.of(shortlist)
                .withRepoEnrichment(
                    Map.of(
                        "openai/spinningup",
                        new RepoEnrichment(
                            description,
                            List.of(),
                            List.of(
                                new ProjectLink(
                                    ProjectLink.Kind.WEBSITE,
                                    "Website",
                                    "https://spinningup.openai.com")),
                            null))));

    assertThat(draft).doesNotContain("> " + description, "- Website:");
  }

  private static List<String> destinations(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            found.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            found.add(image.getDestination());
          }
        });
    return found;
  }

  private static List<String> html(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock h) {
            found.add(h.getLiteral());
          }

          @Override
          public void visit(HtmlInline h) {
            found.add(h.getLiteral());
          }
        });
    return found;
  }
}
