package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.Secret;
import dev.curate.error.CurateException;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeAnswer;
import dev.curate.model.ReadmeFormat;
import dev.curate.model.Repo;
import dev.curate.testing.RepoBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadmesTest {
  @RegisterExtension
  static WireMockExtension github =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "ghp_ReadmeTestToken0123456789abcdef";
  private static final Repo PRAW = repo("praw-dev/praw");
  private static final String PATH = "/repos/praw-dev/praw/readme";

  private static Repo repo(String fullName) {
    return RepoBuilder.repo(fullName)
        .id(154270710L)
        .description("Python Reddit API Wrapper")
        .stars(1200)
        .forks(300)
        .openIssues(20)
        .license("BSD-2-Clause")
        .createdAt("2018-11-01T00:00:00Z")
        .pushedAt(null)
        .fetchedAt(null)
        .build();
  }

  private Readmes readmes() {
    GitHubCredentials credentials =
        new GitHubCredentials(Optional.of(new Secret(TOKEN)), Optional.of("GH_TOKEN"));
    return new Readmes(new GitHubRest(new OkHttpClient(), github.baseUrl(), credentials));
  }

  private static void answer(String contentType, String body) {
    github.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", contentType)
                    .withHeader("X-GitHub-Media-Type", "github.v3; format=json")
                    .withBody(body)));
  }

  static String rst() {
    try (InputStream in =
        ReadmesTest.class.getResourceAsStream("/fixtures/readme/overlined-title.rst")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void asksForTheJsonFormOnceAndKnowsTheMarkupFromTheFileName() {
    answer(
        "application/json; charset=utf-8",
        ReadmeStubs.readme("praw-dev/praw", "README.rst", rst()));

    assertThat(readmes().readme(PRAW))
        .isEqualTo(
            new ReadmeAnswer.Found(
                new Readme("README.rst", ReadmeFormat.RESTRUCTURED_TEXT, rst())));
    github.verify(1, anyRequestedFor(anyUrl()));
    github.verify(
        getRequestedFor(urlPathEqualTo(PATH))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void decodesUnicodeAndDropsAByteOrderMark() {
    answer(
        "application/json; charset=utf-8",
        ReadmeStubs.readme("praw-dev/praw", "docs/README.md", "\uFEFF# 深度学习 ✨\n"));

    assertThat(readmes().readme(PRAW))
        .isEqualTo(
            new ReadmeAnswer.Found(
                new Readme("docs/README.md", ReadmeFormat.MARKDOWN, "# 深度学习 ✨\n")));
  }

  @Test
  void notFoundMeansTheRepositoryHasNoReadme() {
    github.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"message\":\"Not Found\",\"documentation_url\":"
                            + "\"https://docs.github.com/rest/repos/contents#get-a-repository-readme\",\"status\":\"404\"}")));

    assertThat(readmes().readme(PRAW)).isEqualTo(new ReadmeAnswer.Absent());
  }

  @Test
  void anHtmlPageIsNeverTakenForTheReadme() {
    answer("text/html; charset=utf-8", GitHubStubs.fixture("captive-portal.html"));

    assertThat(readmes().readme(PRAW))
        .isInstanceOfSatisfying(
            ReadmeAnswer.Unusable.class,
            u ->
                assertThat(u.reason())
                    .isEqualTo(
                        "expected JSON from GET /repos/praw-dev/praw/readme, got text/html"));
  }

  @Test
  void jsonThatIsNoReadmeIsNeverTakenForTheReadme() {
    answer(
        "application/json; charset=utf-8",
        "{\"message\":\"Moved Permanently\",\"url\":\"https://api.github.com/x\"}");

    assertThat(readmes().readme(PRAW))
        .isInstanceOfSatisfying(
            ReadmeAnswer.Unusable.class,
            u ->
                assertThat(u.reason())
                    .isEqualTo("no README file in the JSON from GET /repos/praw-dev/praw/readme"));
  }

  @Test
  void contentThatIsNotBase64OrNotSentIsNeverTakenForTheReadme() {
    answer(
        "application/json; charset=utf-8",
        ReadmeStubs.readme("praw-dev/praw", "README.md", "x")
            .replaceFirst("\"content\" : \"[^\"]*\"", "\"content\" : \"%%% not base64 %%%\""));
    assertThat(readmes().readme(PRAW))
        .isInstanceOfSatisfying(
            ReadmeAnswer.Unusable.class,
            u ->
                assertThat(u.reason())
                    .isEqualTo(
                        "the content of README.md from GET /repos/praw-dev/praw/readme is not base64"));

    // Over 1 MB, GitHub sends "encoding": "none" and an empty content.
    answer(
        "application/json; charset=utf-8",
        ReadmeStubs.readme("praw-dev/praw", "README.md", "")
            .replace("\"encoding\" : \"base64\"", "\"encoding\" : \"none\""));
    assertThat(readmes().readme(PRAW))
        .isInstanceOfSatisfying(
            ReadmeAnswer.Unusable.class,
            u -> assertThat(u.reason()).contains("comes without its content (encoding none)"));
  }

  @Test
  void aFullNameThatIsNotOwnerSlashNameIsNeverAskedFor() {
    assertThat(readmes().readme(repo("../rate_limit"))).isInstanceOf(ReadmeAnswer.Unusable.class);
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void otherFailuresAreErrorsThatNeverShowTheToken() {
    github.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}")));

    assertThatThrownBy(() -> readmes().readme(PRAW))
        .isInstanceOf(CurateException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }
}
