package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DraftRendererGoldenTest {
  private final DraftRenderer renderer = new DraftRenderer();

  @Test
  void rendersTheNovember2018ShortlistExactlyAsTheGoldenFile() throws IOException {
    assertMatchesGolden("draft-2018-11.md", renderer.render(NovemberShortlist.shortlist()));
  }

  @Test
  void thePlainInputRendersAsTheOldEntryPointDoes() {
    assertThat(renderer.render(DraftInput.of(NovemberShortlist.shortlist())))
        .isEqualTo(renderer.render(NovemberShortlist.shortlist()));
  }

  @Test
  void rendersTheEnrichedDraftExactlyAsTheGoldenFile() throws IOException {
    assertMatchesGolden("draft-2018-11-rich.md", renderer.render(RichNovember.input()));
  }

  @Test
  void rendersTheChineseDraftWithFrontMatterExactlyAsTheGoldenFile() throws IOException {
    String zh =
        renderer.render(
            RichNovember.input()
                .withLanguage(Language.ZH)
                .withFrontMatter(true)
                .withDate(LocalDate.of(2018, 12, 3)));
    assertMatchesGolden("draft-2018-11-zh.md", zh);
  }

  @Test
  void rendersFrontMatterAheadOfThePlainDraftExactlyAsTheGoldenFile() throws IOException {
    assertMatchesGolden(
        "draft-2018-11-front-matter.md",
        renderer.render(DraftInput.of(NovemberShortlist.shortlist()).withFrontMatter(true)));
  }

  /**
   * The actual text is written on every run so a deliberate change can be reviewed and copied over.
   */
  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path written = Path.of("target", "golden-actual", name);
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual);
    assertThat(actual).isEqualTo(golden(name));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = DraftRendererGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
