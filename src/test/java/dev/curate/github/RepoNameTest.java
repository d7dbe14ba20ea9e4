package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepoNameTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "hanxiao/bert-as-service",
        "CSAILVision/gandissect",
        "1991viet/QuickDraw",
        "zhaoyi-ai/zh-NER-tf",
        "praw-dev/.github",
        "d3/d3.js",
        "a/b_c",
        "old--account-/x",
        "ghe_user/repo",
        "abcdefghijabcdefghijabcdefghijabcdefghi/x"
      })
  void acceptsWhatGitHubAllows(String fullName) {
    assertThat(RepoName.parse(fullName))
        .hasValueSatisfying(n -> assertThat(n.fullName()).isEqualTo(fullName));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "a/..",
        "a/.",
        "../../rate_limit",
        "a/b/c",
        "a",
        "/b",
        "a/",
        "",
        "a b/c",
        "a/b c",
        "a/b%2F..",
        "a/b?x=1",
        "a/b#x",
        "-a/b",
        ".a/b",
        "ä/b",
        "a/b\n",
        "a\\b/c",
        "abcdefghijabcdefghijabcdefghijabcdefghij/x"
      })
  void refusesWhatGitHubDoesNotAllow(String fullName) {
    assertThat(RepoName.parse(fullName)).isEmpty();
  }

  @Test
  void refusesANameLongerThanAHundredCharacters() {
    assertThat(RepoName.parse("a/" + "n".repeat(100))).isPresent();
    assertThat(RepoName.parse("a/" + "n".repeat(101))).isEmpty();
  }

  @Test
  void buildsTheRepositoryPathOneSegmentPerPart() {
    HttpUrl url =
        RepoName.parse("d3/d3.js")
            .orElseThrow()
            .url(HttpUrl.get("https://ghe.example/api/v3/").newBuilder())
            .addPathSegment("readme")
            .build();
    assertThat(url.encodedPath()).isEqualTo("/api/v3/repos/d3/d3.js/readme");
  }
}
