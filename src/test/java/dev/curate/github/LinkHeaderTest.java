package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * GitHub's {@code Link} header in the shape hub4j/github-api recorded it for a stargazer list
 * (src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/listStargazers/mappings/7-r_h_g_stargazers.json):
 * {@code <https://api.github.com/repositories/617210/stargazers?page=2>; rel="next", <…?page=25>;
 * rel="last"}.
 */
class LinkHeaderTest {
  private static String link(String last) {
    return "<https://api.github.com/repositories/617210/stargazers?page=2>; rel=\"next\", "
        + "<https://api.github.com/repositories/617210/stargazers?page="
        + last
        + ">; rel=\"last\"";
  }

  @Test
  void readsNextAndTheLastPageNumber() {
    assertThat(LinkHeader.parse(link("25"))).isEqualTo(new LinkHeader(true, OptionalInt.of(25)));
  }

  @Test
  void aLastPageBeyondTheIntRangeIsKeptAsTheLargestIntNotAnError() {
    assertThat(LinkHeader.parse(link("99999999999")).last()).hasValue(Integer.MAX_VALUE);
    assertThat(LinkHeader.parse(link("99999999999999999999999999")).last())
        .hasValue(Integer.MAX_VALUE);
    assertThat(LinkHeader.parse(link("2147483648")).last()).hasValue(Integer.MAX_VALUE);
    assertThat(LinkHeader.parse(link("2147483647")).last()).hasValue(Integer.MAX_VALUE);
    assertThat(LinkHeader.parse(link("0000000000000000025")).last()).hasValue(25);
  }

  @Test
  void pageZeroNamesNoLastPage() {
    assertThat(LinkHeader.parse(link("0")).last()).isEmpty();
  }

  @Test
  void nextIsTheUrlMarkedNextWhereverItStands() {
    // A search answer's header as hub4j/github-api recorded it
    // (src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/mappings/2-search_repositories.json).
    String search =
        "<https://api.github.com/search/repositories?sort=stars&q=tetris+language%3Aassembly&page=2>; rel=\"next\", "
            + "<https://api.github.com/search/repositories?sort=stars&q=tetris+language%3Aassembly&page=34>; rel=\"last\"";
    assertThat(LinkHeader.next(search))
        .hasValue(
            "https://api.github.com/search/repositories?sort=stars&q=tetris+language%3Aassembly&page=2");
    assertThat(
            LinkHeader.next(
                "<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=3>; rel=\"next\""))
        .hasValue("https://api.github.com/x?page=3");
  }

  @Test
  void theLastPageHasNoNext() {
    assertThat(
            LinkHeader.next(
                "<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=1>; rel=\"first\""))
        .isEmpty();
    assertThat(LinkHeader.next(null)).isEmpty();
  }

  @Test
  void noHeaderMeansASinglePage() {
    assertThat(LinkHeader.parse(null)).isEqualTo(new LinkHeader(false, OptionalInt.empty()));
  }
}
