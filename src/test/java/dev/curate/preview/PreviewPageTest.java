package dev.curate.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page made of a draft: notes for the editor's places, no request for anything, images beside
 * the draft inside the page. How a browser shows it: {@code dev.curate.browser.InBrowserTest}.
 */
class PreviewPageTest {
  private static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  private static final LocalImages NONE = destination -> Optional.empty();
  private final PreviewPage page = new PreviewPage();

  private String render(String markdown) {
    return page.render("drafts/2018-11.md", markdown, NONE);
  }

  private String body(String html) {
    return html.substring(html.indexOf("<article>"), html.indexOf("</article>"));
  }

  @Test
  void theEditorsPlacesAreVisibleNotesAndCuratesMarkerIsGone() {
    String html =
        render(
            "# Title\n\n<!-- EDITOR: intro — why it matters -->\n\n"
                + "- November 2018 <!-- EDITOR: the link to this issue -->\n\n"
                + "\n<!-- curate-draft sha256="
                + "0".repeat(64)
                + " -->\n");

    assertThat(body(html))
        .contains(
            "<aside class=\"note editor\"><span class=\"note-label\">Editor</span> intro — why it"
                + " matters</aside>",
            "<li>November 2018 <span class=\"note editor\"><span class=\"note-label\">Editor</span>"
                + " the link to this issue</span></li>")
        .doesNotContain("curate-draft", "<!--");
  }

  @Test
  void curatesOwnNoteKeepsItsLines() {
    String html =
        render(
            "# T\n\n<!-- curate, for the editor: what this shortlist was chosen from\n"
                + "- github: 9 repositories via search, complete\n-->\n");

    assertThat(body(html))
        .contains(
            "<aside class=\"note curate\"><span class=\"note-label\">curate</span> curate, for the"
                + " editor: what this shortlist was chosen from\n- github: 9 repositories via"
                + " search, complete</aside>");
  }

  @Test
  void aChartBesideTheDraftIsInsideThePageAndARemoteImageIsOnlyALink() {
    LocalImages beside =
        destination ->
            destination.equals("2018-11/NVIDIA-waveglow.svg")
                ? Optional.of(
                    new LocalImage("image/svg+xml", CHART.getBytes(StandardCharsets.UTF_8)))
                : Optional.empty();

    String html =
        page.render(
            "d.md",
            "# T\n\n![NVIDIA/waveglow](https://opengraph.githubassets.com/1/NVIDIA/waveglow)\n\n"
                + "![Stars per day of NVIDIA/waveglow](2018-11/NVIDIA-waveglow.svg)\n",
            beside);

    assertThat(body(html))
        .contains(
            "<img src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(CHART.getBytes(StandardCharsets.UTF_8))
                + "\" alt=\"Stars per day of NVIDIA/waveglow\" />",
            "<span class=\"remote-image\">Image, not loaded in the preview: <a"
                + " href=\"https://opengraph.githubassets.com/1/NVIDIA/waveglow\">NVIDIA/waveglow</a></span>")
        .doesNotContain("src=\"http");
  }

  @Test
  void anImageThatIsNotBesideTheDraftSaysSoInsteadOfBreaking() {
    assertThat(body(render("# T\n\n![chart](2018-11/gone.svg)\n")))
        .contains(
            "<span class=\"missing-image\">Image not found beside the draft: 2018-11/gone.svg")
        .doesNotContain("<img");
  }

  @Test
  void rawHtmlInTheDraftIsShownNotRun() {
    String html =
        render(
            "# T\n\n<script>alert(1)</script>\n\nText <img src=\"https://example.com/x.png\"> and"
                + " <b>bold</b>.\n");

    assertThat(body(html))
        .contains(
            "<pre class=\"raw-html\">&lt;script&gt;alert(1)&lt;/script&gt;</pre>",
            "<code class=\"raw-html\">&lt;img src=&quot;https://example.com/x.png&quot;&gt;</code>")
        .doesNotContain("<script", "<img", "<b>");
  }

  @Test
  void thePageAllowsNoRequestAndNoScriptWhateverItHolds() {
    String html = render("# T\n");

    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src"
                + " data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">",
            "<link rel=\"icon\" href=\"data:,\">")
        .doesNotContain("<script", "@import", "@font-face", "src=\"http", "url(");
  }

  @Test
  void aJavascriptLinkIsDefused() {
    assertThat(body(render("# T\n\n[click](javascript:alert(1))\n"))).doesNotContain("javascript:");
  }

  @Test
  void theTitleIsTheDraftsFirstHeadingEscaped() {
    String html = render("Intro line.\n\n# Best \\<Repositories\\> & `Discussions`\n\n## Second\n");

    assertThat(html)
        .contains(
            "<title>Best &lt;Repositories&gt; &amp; Discussions</title>", "<html lang=\"en\">");
  }

  @Test
  void aChineseDraftIsMarkedChineseForScreenReadersAndFonts() {
    assertThat(render("# 最佳机器学习 GitHub 仓库\n")).contains("<html lang=\"zh\">");
  }

  @Test
  void frontMatterIsFoldedAwayRatherThanRenderedAsARuleAndAHeading() {
    String html = render("---\ntitle: \"X\"\ndate: 2018-12-01\n---\n# X\n");

    assertThat(body(html))
        .contains(
            "<details class=\"front-matter\"><summary>Front matter</summary><pre>title:"
                + " &quot;X&quot;\ndate: 2018-12-01\n</pre></details>",
            "<h1>X</h1>")
        .doesNotContain("<hr");
  }

  @Test
  void theTopBarNamesTheDraftEscaped() {
    assertThat(page.render("<drafts>/a&b.md", "# T\n", NONE))
        .contains("Preview of <code>&lt;drafts&gt;/a&amp;b.md</code>");
  }

  @Test
  void theStylesheetIsInThePage() {
    assertThat(render("# T\n")).contains("<style>\n/* The preview page's look", ".note.editor {");
  }
}
