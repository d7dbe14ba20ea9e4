package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import dev.curate.model.Repo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadmesTest {
  @RegisterExtension
  static WireMockExtension github = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "ghp_ReadmeTestToken0123456789abcdef";
  private static final Repo WAVEGLOW = new Repo(154270710L, "NVIDIA/waveglow", "NVIDIA", "waveglow",
      "https://github.com/NVIDIA/waveglow", "A Flow-based Generative Network for Speech Synthesis", 1200, 300, 20,
      "Python", List.of(), "BSD-3-Clause", null, Instant.parse("2018-11-01T00:00:00Z"), null, false, false, null);

  private Readmes readmes() {
    GitHubCredentials credentials = new GitHubCredentials(Optional.of(new Secret(TOKEN)), Optional.of("GH_TOKEN"));
    return new Readmes(new GitHubRest(new OkHttpClient(), github.baseUrl(), credentials));
  }

  @Test
  void readsTheRawReadmeWithTheRawMediaTypeAndTheToken() {
    github.stubFor(get(urlPathEqualTo("/repos/NVIDIA/waveglow/readme")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/vnd.github.raw+json; charset=utf-8")
        .withBody("## WaveGlow\n\nIn our recent paper, we propose WaveGlow.\n")));

    assertThat(readmes().readme(WAVEGLOW)).contains("## WaveGlow\n\nIn our recent paper, we propose WaveGlow.\n");
    github.verify(getRequestedFor(urlPathEqualTo("/repos/NVIDIA/waveglow/readme"))
        .withHeader("Accept", equalTo("application/vnd.github.raw+json"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void notFoundMeansTheRepositoryHasNoReadme() {
    github.stubFor(get(urlPathEqualTo("/repos/NVIDIA/waveglow/readme")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody("{\"message\":\"Not Found\",\"documentation_url\":"
            + "\"https://docs.github.com/rest/repos/contents#get-a-repository-readme\",\"status\":\"404\"}")));

    assertThat(readmes().readme(WAVEGLOW)).isEmpty();
  }

  @Test
  void otherFailuresAreErrorsThatNeverShowTheToken() {
    github.stubFor(get(urlPathEqualTo("/repos/NVIDIA/waveglow/readme")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}")));

    assertThatThrownBy(() -> readmes().readme(WAVEGLOW)).isInstanceOf(CurateException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }
}
