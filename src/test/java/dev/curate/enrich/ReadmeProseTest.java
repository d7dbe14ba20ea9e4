package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import org.junit.jupiter.api.Test;

class ReadmeProseTest {
  @Test
  void aReStructuredTextReadmeSaysItsWordsWithoutBadgesDirectivesCodeOrUrls() {
    // overlined-title.rst: the shape of praw-dev/praw's README.rst. Read whole, its `.. image::`
    // badges said "image" and its Slack invite (zt-3d5lbcs51-...) said "3d": computer vision.
    String prose =
        ReadmeProse.of(
            Readme.named("README.rst", ReadmeParagraphTest.Fixtures.readme("overlined-title.rst")));

    assertThat(prose)
        .contains(
            "PRAW: The Python Reddit API Wrapper",
            "Installation",
            "Real-time chat can be conducted via the PRAW Slack Organization.")
        .doesNotContain(
            "image",
            "3d",
            "zt-",
            "slack.com",
            "shields",
            "https",
            "alt",
            "uv add",
            "code-block",
            "note::",
            "|docs|",
            "#",
            "*");
  }

  @Test
  void aMarkdownReadmeSaysItsWordsWithoutImagesHtmlCodeOrUrls() {
    String markdown =
        """
        <p align="center"><img src="https://example.com/logo.png" alt="3D image logo"></p>

        # Speech kit [![image](https://img.shields.io/badge/3d-image-blue)](https://ci.example.com)

        A toolkit for speech, see https://join.slack.com/t/x/shared_invite/zt-3d5lbcs51 or
        join.slack.com/t/x/zt-3d5 and `image_utils.py`.

        ```python
        from image import load_3d
        ```

        - fast [inference](https://example.com/3d-image)
        """;

    String prose = ReadmeProse.of(Readme.named("README.md", markdown));

    assertThat(prose)
        .contains("Speech kit", "A toolkit for speech, see", "fast inference")
        .doesNotContainIgnoringCase("image")
        .doesNotContainIgnoringCase("3d")
        .doesNotContain("logo", "slack");
  }

  @Test
  void aReadmeCurateCannotReadOrOneWithoutWordsHasNoProse() {
    assertThat(
            ReadmeProse.of(
                Readme.named("README.org", "#+TITLE: Image tools\n\nA 3D image library.")))
        .isNull();
    assertThat(
            ReadmeProse.of(
                Readme.named(
                    "README.md", "[![ci](https://ci.example.com/b.svg)](https://ci.example.com)")))
        .isNull();
    assertThat(ReadmeProse.of(null)).isNull();
  }

  @Test
  void aReadmeStoredWithoutItsFormatIsReadAsItsMarkupShows() {
    String rst = ReadmeParagraphTest.Fixtures.readme("overlined-title.rst");

    assertThat(ReadmeProse.of(new Readme(null, ReadmeFormat.UNKNOWN, rst)))
        .doesNotContain("image", "3d");
  }
}
