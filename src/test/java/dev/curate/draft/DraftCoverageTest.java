package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.ReadMethod;
import dev.curate.model.SourceCoverage;
import dev.curate.model.SourceId;
import java.time.Instant;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class DraftCoverageTest {
  private static final Instant FETCHED = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void draftCarriesCoverageInOneCommentForTheEditor() {
    String md =
        new DraftRenderer()
            .render(
                NovemberShortlist.shortlist(),
                List.of(
                    new SourceCoverage(
                        SourceId.GITHUB,
                        ReadMethod.SEARCH,
                        9,
                        true,
                        FETCHED,
                        List.of(),
                        null,
                        null),
                    new SourceCoverage(
                        new SourceId.Subreddit("MachineLearning"),
                        ReadMethod.LISTING,
                        388,
                        false,
                        FETCHED,
                        List.of("stopped after 10 pages"),
                        null,
                        null)));
    assertThat(md)
        .contains(
            """
        <!-- curate, for the editor: what this shortlist was chosen from
        - github: 9 repositories via search, complete, fetched 2026-11-28
        - r/MachineLearning: 388 posts via top listing, incomplete, fetched 2026-11-28 (stopped after 10 pages)
        -->
        """);
    assertThat(md.lines().filter(l -> l.startsWith("# "))).hasSize(1);
  }

  @Test
  void archiveAndDumpCoverageSayHowAndAgainstWhatCount() {
    String md =
        new DraftRenderer()
            .render(
                NovemberShortlist.shortlist(),
                List.of(
                    new SourceCoverage(
                        new SourceId.Subreddit("MachineLearning"),
                        ReadMethod.ARCHIVE,
                        1204,
                        false,
                        FETCHED,
                        List.of("the archive counts 1210 posts in 2018-11 but served 1204"),
                        1210,
                        null),
                    new SourceCoverage(
                        new SourceId.Subreddit("datascience"),
                        ReadMethod.DUMP,
                        388,
                        true,
                        FETCHED,
                        List.of(),
                        null,
                        null)));
    assertThat(md)
        .contains(
            "- r/MachineLearning: 1,204 posts from the archive (the archive counts 1,210), incomplete,"
                + " fetched 2026-11-28 (the archive counts 1210 posts in 2018-11 but served 1204)\n"
                + "- r/datascience: 388 posts from the dump, complete, fetched 2026-11-28\n");
  }

  @Test
  void fetchedTextCannotCloseTheCommentEarly() {
    String md =
        new DraftRenderer()
            .render(
                NovemberShortlist.shortlist(),
                List.of(
                    new SourceCoverage(
                        new SourceId.Subreddit("x"),
                        ReadMethod.LISTING,
                        1,
                        false,
                        FETCHED,
                        List.of("evil --> <script>alert(1)</script> <!-- nested"),
                        null,
                        null)));
    Node doc = Parser.builder().build().parse(md);
    long htmlBlocksWithScript = 0;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HtmlBlock html && html.getLiteral().contains("alert")) {
        htmlBlocksWithScript++;
        assertThat(html.getLiteral()).startsWith("<!-- curate").endsWith("-->");
        assertThat(html.getLiteral().indexOf("-->")).isEqualTo(html.getLiteral().length() - 3);
      }
    }
    assertThat(htmlBlocksWithScript).isEqualTo(1);
  }

  @Test
  void withoutCoverageThereIsNoComment() {
    assertThat(new DraftRenderer().render(NovemberShortlist.shortlist()))
        .doesNotContain("curate, for the editor");
  }
}
