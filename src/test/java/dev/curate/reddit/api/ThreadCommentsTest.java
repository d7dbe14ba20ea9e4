package dev.curate.reddit.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.Endpoints;
import dev.curate.error.ApiException;
import dev.curate.error.ExitCode;
import dev.curate.model.Comment;
import dev.curate.reddit.RedditStubs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadCommentsTest {
  @RegisterExtension
  static WireMockExtension reddit =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RedditStubs stubs = new RedditStubs();

  private ThreadComments comments() {
    return new ThreadComments(
        new Endpoints(
            "http://127.0.0.1:9/github",
            reddit.baseUrl(),
            reddit.baseUrl(),
            "http://127.0.0.1:9/archive"),
        RedditStubs.publicAccess(),
        stubs.stack(),
        stubs.clock);
  }

  @Test
  void readsTheCommentListingsT1ChildrenInRedditsOrderAndLeavesOutMore() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.listing("comments_9ysmtn.json")));

    List<Comment> top = comments().top("9ysmtn");

    assertThat(top)
        .extracting(Comment::author)
        .containsExactly(
            "MLModerator", "fchollet_fan", "[deleted]", "gradient_descent_42", "sparse_tensor");
    assertThat(top.get(0).stickied()).isTrue();
    assertThat(top.get(1).score()).isEqualTo(214);
    assertThat(top.get(1).body()).startsWith("Eager by default is the right call.");
  }

  @Test
  void aCommentWithoutAScoreHasAnUnknownScoreNotZero() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var pages = json.readTree(RedditStubs.fixture("comments_9ysmtn.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            pages.get(1).get("data").get("children").get(1).get("data"))
        .remove("score");
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(
                RedditStubs.listing("comments_9ysmtn.json")
                    .withBody(json.writeValueAsBytes(pages))));

    List<Comment> top = comments().top("9ysmtn");

    assertThat(top.get(1).author()).isEqualTo("fchollet_fan");
    assertThat(top.get(1).score()).isNull();
  }

  @Test
  void asksForTheTopTopLevelCommentsWithRawJsonAndTheUserAgent() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.listing("comments_9ysmtn.json")));

    comments().top("9ysmtn");

    reddit.verify(
        getRequestedFor(urlPathEqualTo("/comments/9ysmtn.json"))
            .withQueryParam("sort", equalTo("top"))
            .withQueryParam("depth", equalTo("1"))
            .withQueryParam("limit", equalTo(String.valueOf(ThreadComments.LIMIT)))
            .withQueryParam("raw_json", equalTo("1"))
            .withHeader("User-Agent", equalTo(RedditStubs.USER_AGENT)));
  }

  @Test
  void redditStillDownAfterTheRetriesIsATemporaryFailure() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.json(503, "empty_listing.json")));

    assertThatThrownBy(() -> comments().top("9ysmtn"))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY))
        .hasMessageContaining("comments of thread 9ysmtn")
        .hasMessageContaining("HTTP 503");
  }

  @Test
  void aBodyThatIsNotTwoListingsIsAnError() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.listing("empty_listing.json")));

    assertThatThrownBy(() -> comments().top("9ysmtn"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("thread 9ysmtn");
  }

  // The block page Reddit serves clients it will not answer
  // (fixtures/reddit/whoa_there_pardner_403.html,
  // abridged: "<title>Blocked</title>", "<h1>whoa there, pardner!</h1>", as asadm/markdowndown#5
  // and
  // binwiederhier/submonkey#1 quote it) can answer any request, the comments' too.
  @Test
  void aBlockPageAnsweringTheCommentsSaysHowToLiftTheBlockWithoutRetrying() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.html(403, "whoa_there_pardner_403.html")));

    assertThatThrownBy(() -> comments().top("9ysmtn"))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageStartingWith(
            "Reddit blocked the request (HTTP 403 \"whoa there, pardner!\" from localhost): ")
        .hasMessageContaining("REDDIT_USER_AGENT")
        .hasMessageContaining("REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET");
    reddit.verify(1, getRequestedFor(urlPathEqualTo("/comments/9ysmtn.json")));
  }

  // The answer's shape is two listings (fixtures/reddit/comments_9ysmtn.json, as in PRAW's cassette
  // tests/integration/cassettes/TestSubmission.test_comments.json); Reddit's maintenance page
  // (fixtures/reddit/maintenance_200.html) comes as a 200 instead.
  @Test
  void anHtmlPageInsteadOfTheCommentsIsOneLineQuotingWhatCameBack() {
    reddit.stubFor(
        get(urlPathEqualTo("/comments/9ysmtn.json"))
            .willReturn(RedditStubs.html(200, "maintenance_200.html")));

    assertThatThrownBy(() -> comments().top("9ysmtn"))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith(
            "expected JSON from comments of thread 9ysmtn, got text/html (first 80 chars:"
                + " <!doctype html> <html> <head><title>reddit.com: temporarily unavailable</title>");
  }
}
