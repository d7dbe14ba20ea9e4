package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.reddit.RedditStubs.ids;
import static dev.curate.reddit.RedditStubs.json;
import static dev.curate.reddit.RedditStubs.listing;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Application-only OAuth: the token from {@code www.reddit.com}, listings from {@code
 * oauth.reddit.com}, played by two WireMock servers so that each host's traffic can be checked.
 */
class RedditSourceOAuthTest {
  @RegisterExtension
  static WireMockExtension www =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension oauth =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  static final String TOKEN_PATH = "/api/v1/access_token";
  static final String ML_TOP = "/r/MachineLearning/top";
  static final String DS_TOP = "/r/datascience/top";
  static final String FIRST_TOKEN = "bearer -dummy-app-only-token-not-real";
  static final String SECOND_TOKEN = "bearer -dummy-refreshed-token-not-real";

  final RedditStubs stubs = new RedditStubs();

  RedditSource source(String... subreddits) {
    return stubs.source(www.baseUrl(), oauth.baseUrl(), RedditStubs.oauth(), 10, subreddits);
  }

  void stubToken() {
    www.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, "access_token.json")));
  }

  void stubListings() {
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("machinelearning_top_page1.json")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));
    oauth.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("datascience_top.json")));
  }

  @Test
  void usesOneTokenForAllSubredditsAndSendsItAsBearer() {
    stubToken();
    stubListings();

    List<SourceResult<RedditThread>> results =
        source("MachineLearning", "datascience").fetch(NOVEMBER_2018);

    www.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    www.verify(0, getRequestedFor(anyUrl()));
    oauth.verify(0, postRequestedFor(anyUrl()));
    List<LoggedRequest> listings = oauth.findAll(getRequestedFor(anyUrl()));
    assertThat(listings).hasSize(3);
    for (LoggedRequest r : listings) {
      assertThat(r.getHeader("Authorization")).isEqualTo(FIRST_TOKEN);
      assertThat(r.getHeader("User-Agent")).isEqualTo(RedditStubs.USER_AGENT);
      assertThat(r.queryParameter("raw_json").firstValue()).isEqualTo("1");
      assertThat(r.queryParameter("t").firstValue()).isEqualTo("all");
      assertThat(r.queryParameter("limit").firstValue()).isEqualTo("100");
    }
    assertThat(results.get(0).report().kept()).isEqualTo(7);
    assertThat(ids(results.get(1))).containsExactly("9xxm3w");
    // The token request is counted with the first subreddit.
    assertThat(results.get(0).report().requests()).isEqualTo(3);
    assertThat(results.get(1).report().requests()).isEqualTo(1);
  }

  @Test
  void asksForTheTokenWithBasicAuthAndAFormBody() {
    stubToken();
    stubListings();

    source("datascience").fetch(NOVEMBER_2018);

    LoggedRequest token = www.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (RedditStubs.CLIENT_ID + ":" + RedditStubs.CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + basic);
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getBodyAsString()).isEqualTo("grant_type=client_credentials");
    assertThat(token.getHeader("User-Agent")).isEqualTo(RedditStubs.USER_AGENT);
  }

  @Test
  void keepsTheTokenWhileItIsValidAndRenewsItShortlyBeforeItExpires() {
    stubToken();
    stubListings();
    RedditSource source = source("datascience");

    source.fetch(NOVEMBER_2018);
    stubs.clock.advance(Duration.ofHours(23));
    source.fetch(NOVEMBER_2018);
    www.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));

    // expires_in is 86400 s from the moment the token was asked for: 30 s before that, renew.
    stubs.clock.advance(Duration.ofHours(1).minusSeconds(30));
    source.fetch(NOVEMBER_2018);
    www.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  @Test
  void anUnknownSubredditOnTheOAuthHostIsAWarningToo() {
    stubToken();
    stubListings();
    oauth.stubFor(
        get(urlPathEqualTo("/r/NoSuchSub/top"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(302)
                    .withHeader("Location", "/subreddits/search?q=NoSuchSub")));

    List<SourceResult<RedditThread>> results =
        source("NoSuchSub", "datascience").fetch(NOVEMBER_2018);

    assertThat(results.get(0).report().warnings())
        .containsExactly(
            "r/NoSuchSub does not exist (Reddit redirected to its subreddit search); check reddit.subreddits");
    assertThat(results.get(0).report().requests()).isEqualTo(2);
    assertThat(ids(results.get(1))).containsExactly("9xxm3w");
  }
}
