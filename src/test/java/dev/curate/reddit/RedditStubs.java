package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.curate.config.Endpoints;
import dev.curate.config.HttpSettings;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSettings;
import dev.curate.config.Secret;
import dev.curate.http.HttpStack;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import dev.curate.testing.RecordingSleeper;
import dev.curate.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fixtures, Reddit-shaped responses and a source wired to WireMock, shared by the Reddit tests. */
public final class RedditStubs {
  public static final String USER_AGENT = "jvm:dev.curate.tests:v0.1.0 (by /u/curate_tests)";
  public static final String CLIENT_ID = "id-P4bq7Zx";
  public static final String CLIENT_SECRET = "secret-9Kd2mWq1rT";

  /** The day the tests pretend it is. */
  public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  public final TestClock clock = new TestClock(NOW);
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final List<String> progress = new ArrayList<>();
  HttpSettings http =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          3,
          Duration.ofMinutes(5));

  public static byte[] fixture(String name) {
    try (InputStream in = RedditStubs.class.getResourceAsStream("/fixtures/reddit/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 listing with the headers Reddit sends: JSON content type and rate-limit counters. */
  public static ResponseDefinitionBuilder listing(String fixture) {
    return json(200, fixture)
        .withHeader("x-ratelimit-remaining", "598.0")
        .withHeader("x-ratelimit-used", "2")
        .withHeader("x-ratelimit-reset", "312");
  }

  public static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(fixture(fixture));
  }

  public static ResponseDefinitionBuilder html(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/html; charset=UTF-8")
        .withBody(fixture(fixture));
  }

  public HttpStack stack() {
    return new HttpStack(http, sleeper);
  }

  public static RedditCredentials publicAccess() {
    return new RedditCredentials(Optional.empty(), Optional.empty(), USER_AGENT, true);
  }

  public static RedditCredentials oauth() {
    return new RedditCredentials(
        Optional.of(new Secret(CLIENT_ID)),
        Optional.of(new Secret(CLIENT_SECRET)),
        USER_AGENT,
        true);
  }

  RedditSource source(
      String wwwUrl,
      String oauthUrl,
      RedditCredentials credentials,
      int maxPages,
      String... subreddits) {
    return new RedditSource(
        new RedditSettings(List.of(subreddits), maxPages),
        new Endpoints("http://127.0.0.1:9/github", wwwUrl, oauthUrl, "http://127.0.0.1:9/archive"),
        credentials,
        stack(),
        clock,
        progress::add);
  }

  public static List<String> ids(SourceResult<RedditThread> result) {
    return result.items().stream().map(RedditThread::id).toList();
  }
}
