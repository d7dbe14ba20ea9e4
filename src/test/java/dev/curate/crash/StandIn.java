package dev.curate.crash;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The stand-in for GitHub and Reddit (src/test/resources/stand-in) on a free port, answering each
 * request after a fixed delay so that a child's fetch lasts long enough to be killed part-way.
 */
final class StandIn implements AutoCloseable {
  private final WireMockServer server;

  StandIn(int delayMillis) {
    server =
        new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"));
    server.start();
    server.setGlobalFixedDelay(delayMillis);
  }

  String baseUrl() {
    return server.baseUrl();
  }

  WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
  }
}
