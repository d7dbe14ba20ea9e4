package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownSecretsTest {
  private static final String TOKEN = "ghp_KnownSecretsTest0123456789abcdefXY";
  private static final String ID = "p-jcoLKBynTLew";
  private static final String SECRET = "gko_LXELoV07ZBNUXrvWZfzE3aI";

  private final KnownSecrets secrets =
      KnownSecrets.fromEnvironment(
          Map.of(
              "GH_TOKEN",
              TOKEN,
              "REDDIT_CLIENT_ID",
              ID,
              "REDDIT_CLIENT_SECRET",
              " " + SECRET + "\n",
              "HOME",
              "/root"));

  @Test
  void replacesEachCredentialOfTheEnvironmentButNothingElse() {
    assertThat(
            secrets.scrub("token " + TOKEN + ", id=" + ID + ", secret=" + SECRET + ", home=/root"))
        .isEqualTo("token [redacted], id=[redacted], secret=[redacted], home=/root");
  }

  @Test
  void replacesTheClickHousePassword() {
    KnownSecrets withClickHouse =
        KnownSecrets.fromEnvironment(Map.of("CLICKHOUSE_PASSWORD", "ch-pass-0123456789"));

    assertThat(withClickHouse.scrub("Code: 516. password ch-pass-0123456789 is wrong"))
        .isEqualTo("Code: 516. password [redacted] is wrong");
  }

  @Test
  void replacesTheBasicFormOfRedditsPair() {
    String basic =
        Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));

    assertThat(secrets.scrub("Authorization: Basic " + basic))
        .isEqualTo("Authorization: Basic [redacted]");
  }

  @Test
  void replacesACredentialEscapedAsAnEchoMayCarryIt() {
    String json = "\\u0067\\u0068\\u0070" + TOKEN.substring(3); // "ghp" as JSON escapes
    String url = "%67hp" + TOKEN.substring(3).replace("_", "%5F");
    String html = "&#103;&#x68;p" + TOKEN.substring(3);

    assertThat(secrets.scrub("{\"d\":\"" + json + "\"}")).isEqualTo("{\"d\":\"[redacted]\"}");
    assertThat(secrets.scrub("/moved?t=" + url)).isEqualTo("/moved?t=[redacted]");
    assertThat(secrets.scrub("<p>" + html + "</p>")).isEqualTo("<p>[redacted]</p>");
  }

  @Test
  void anAccessTokenLearntLaterIsReplacedFromThenOn() {
    String accessToken = "-pmg6XIAkTln_mG-yhKh1hy3UC64";
    assertThat(secrets.scrub("bearer " + accessToken)).contains(accessToken);

    secrets.add(accessToken);

    assertThat(secrets.scrub("bearer " + accessToken)).isEqualTo("bearer [redacted]");
  }

  @Test
  void bytesAreScrubbedWithoutTouchingTheirOtherCharacters() {
    byte[] body = ("{\"title\":\"深度学习 ✨ " + TOKEN + " é\"}").getBytes(StandardCharsets.UTF_8);

    byte[] clean = secrets.scrub(body);

    assertThat(new String(clean, StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"深度学习 ✨ [redacted] é\"}");
    byte[] untouched = "{\"title\":\"深度学习\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(secrets.scrub(untouched)).isSameAs(untouched);
  }

  @Test
  void valuesTooShortToBeCredentialsAreIgnored() {
    KnownSecrets shortOnes = KnownSecrets.fromEnvironment(Map.of("GH_TOKEN", "abc"));

    assertThat(shortOnes.isEmpty()).isTrue();
    assertThat(shortOnes.scrub("abc abcdef")).isEqualTo("abc abcdef");
  }
}
