package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DraftRendererGoldenTest {
  private static final String GOLDEN = "/golden/draft-2018-11.md";

  @Test
  void rendersTheNovember2018ShortlistExactlyAsTheGoldenFile() throws IOException {
    String actual = new DraftRenderer().render(NovemberShortlist.shortlist());
    // Written on every run so a deliberate template change can be reviewed and copied over.
    Path written = Path.of("target", "golden-actual", "draft-2018-11.md");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual);

    assertThat(actual).isEqualTo(golden());
  }

  private static String golden() throws IOException {
    try (InputStream in = DraftRendererGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
