package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Responses shaped like GitHub's: fixture bodies and the headers GitHub sends with them. */
final class GitHubStubs {
  /** The server's clock in these tests: Saturday 28 November 2026, 10:00:00 UTC. */
  static final Instant SERVER_NOW = Instant.parse("2026-11-28T10:00:00Z");

  static final String SEARCH = "/search/repositories";
  static final String REQUEST_ID = "C0DE:3A1F:2B7E0D:5C1A2F:6718D2A4";

  private static final ObjectMapper JSON = new ObjectMapper();

  private GitHubStubs() {}

  static String fixture(String name) {
    try (InputStream in = GitHubStubs.class.getResourceAsStream("/fixtures/github/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fixture search page with another {@code total_count} and {@code incomplete_results}: the
   * items stay real, the counts are what a bigger or slower search would report.
   */
  static String pageClaiming(String fixture, int totalCount, boolean incomplete) {
    try {
      ObjectNode page = (ObjectNode) JSON.readTree(fixture(fixture));
      page.put("total_count", totalCount);
      page.put("incomplete_results", incomplete);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 search page whose body is given, with GitHub's headers. */
  static ResponseDefinitionBuilder searchBody(String body, String link) {
    ResponseDefinitionBuilder r =
        withSearchHeaders(aResponse().withStatus(200), 29)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody(body);
    return link == null ? r : r.withHeader("Link", link);
  }

  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** A 200 search page with GitHub's headers; {@code link} may be null (a single or last page). */
  static ResponseDefinitionBuilder searchPage(String fixture, String link) {
    ResponseDefinitionBuilder r =
        withSearchHeaders(aResponse().withStatus(200), 29)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withHeader("ETag", "W/\"5d1a8b2f0c3e4a7b9e6f1d2c3b4a5968\"")
            .withBody(fixture(fixture));
    return link == null ? r : r.withHeader("Link", link);
  }

  static ResponseDefinitionBuilder withSearchHeaders(ResponseDefinitionBuilder r, int remaining) {
    return r.withHeader("Date", httpDate(SERVER_NOW))
        .withHeader("x-ratelimit-limit", "30")
        .withHeader("x-ratelimit-remaining", String.valueOf(remaining))
        .withHeader(
            "x-ratelimit-reset", String.valueOf(SERVER_NOW.plusSeconds(60).getEpochSecond()))
        .withHeader("x-ratelimit-used", String.valueOf(30 - remaining))
        .withHeader("x-ratelimit-resource", "search")
        .withHeader("x-github-request-id", REQUEST_ID);
  }

  /** A JSON error as GitHub sends it. */
  static ResponseDefinitionBuilder error(int status, String fixture) {
    return withSearchHeaders(aResponse().withStatus(status), 29)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(fixture(fixture));
  }

  /** GitHub's primary-limit answer: remaining 0, reset {@code resetAfterSeconds} after Date. */
  static ResponseDefinitionBuilder primaryLimit(int status, long resetAfterSeconds) {
    return aResponse()
        .withStatus(status)
        .withHeader("Date", httpDate(SERVER_NOW))
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("x-ratelimit-limit", "10")
        .withHeader("x-ratelimit-remaining", "0")
        .withHeader(
            "x-ratelimit-reset",
            String.valueOf(SERVER_NOW.plusSeconds(resetAfterSeconds).getEpochSecond()))
        .withHeader("x-ratelimit-used", "10")
        .withHeader("x-ratelimit-resource", "search")
        .withHeader("x-github-request-id", REQUEST_ID)
        .withBody(fixture("rate-limit-exceeded.json"));
  }

  /** A Link header as GitHub builds it, pointing back at the WireMock server. */
  static String link(int port, String q, int perPage, Integer next, Integer last, Integer prev) {
    String base =
        "http://localhost:"
            + port
            + SEARCH
            + "?q="
            + q
            + "&sort=stars&order=desc&per_page="
            + perPage
            + "&page=";
    StringBuilder b = new StringBuilder();
    if (prev != null) {
      b.append('<').append(base).append(prev).append(">; rel=\"prev\", ");
    }
    if (next != null) {
      b.append('<').append(base).append(next).append(">; rel=\"next\", ");
    }
    if (last != null) {
      b.append('<').append(base).append(last).append(">; rel=\"last\", ");
    }
    if (prev != null) {
      b.append('<').append(base).append(1).append(">; rel=\"first\", ");
    }
    return b.substring(0, b.length() - 2);
  }
}
