package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.enrich.ProjectLink.Kind;
import dev.curate.enrich.ReadmeParagraphTest.Fixtures;
import org.junit.jupiter.api.Test;

class ProjectLinksTest {

  @Test
  void findsAWebsiteByReferenceLinkAndIgnoresPapersAndOtherRepos() {
    assertThat(ProjectLinks.in(Fixtures.readme("waveglow.md"), "NVIDIA/waveglow"))
        .containsExactly(
            new ProjectLink(Kind.WEBSITE, "website", "https://nv-adlr.github.io/WaveGlow"));
  }

  @Test
  void readsHtmlAnchorsSkipsImageLinksAndLinksBackIntoTheRepository() {
    assertThat(ProjectLinks.in(Fixtures.readme("gandissect.md"), "CSAILVision/gandissect"))
        .containsExactly(
            new ProjectLink(Kind.PROJECT_PAGE, "Project Page", "http://gandissect.csail.mit.edu"),
            new ProjectLink(
                Kind.DEMO,
                "GANPaint demo",
                "http://gandissect.res.ibm.com/ganpaint.html?project=churchoutdoor&layer=layer4"));
  }

  @Test
  void skipsBadgesButKeepsADocumentationLinkInCentredHtml() {
    assertThat(
            ProjectLinks.in(Fixtures.readme("badges-logo-heading.md"), "hanxiao/bert-as-service"))
        .containsExactly(
            new ProjectLink(Kind.DOCS, "Documentation", "https://bert-as-service.readthedocs.io/"));
  }

  @Test
  void namesABareUrlByTheHeadingItSitsUnder() {
    assertThat(ProjectLinks.in(Fixtures.readme("table-first.md"), "1991viet/QuickDraw"))
        .containsExactly(
            new ProjectLink(
                Kind.DEMO,
                "https://quickdraw.withgoogle.com/",
                "https://quickdraw.withgoogle.com/"));
  }

  @Test
  void namesABareUrlByTheLabelBeforeItInChinese() {
    assertThat(ProjectLinks.in(Fixtures.readme("chinese.md"), "someone/textcls"))
        .containsExactly(
            new ProjectLink(
                Kind.DEMO, "https://demo.example.cn/textcls", "https://demo.example.cn/textcls"));
  }

  @Test
  void readsALinkRow() {
    assertThat(ProjectLinks.in(Fixtures.readme("notice-and-contents.md"), "example/neural-odes"))
        .containsExactly(
            new ProjectLink(
                Kind.PROJECT_PAGE, "Project Page", "https://example.github.io/neural-odes/"),
            new ProjectLink(
                Kind.DEMO, "Demo", "https://huggingface.co/spaces/example/neural-odes"));
  }

  @Test
  void listsAUrlOnceAndLeavesOutLinksThatSayNothing() {
    String readme =
        """
        See the [homepage](https://example.org/) and the [Homepage](https://EXAMPLE.org).
        Read [this](https://example.org/about), the [demographics](https://example.org/demographics),
        and the [docs](javascript:alert(1)) or [docs](docs/index.md).
        """;

    assertThat(ProjectLinks.in(readme, "a/b"))
        .containsExactly(new ProjectLink(Kind.WEBSITE, "homepage", "https://example.org/"));
  }
}
