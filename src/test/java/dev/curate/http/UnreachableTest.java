package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.error.ApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class UnreachableTest {
  @Test
  void namesTheHostWhyAndTheVariable() {
    ApiException e =
        Unreachable.failure(
            "api.github.com", new UnknownHostException("api.github.com"), "CURATE_GITHUB_API_URL");

    assertThat(e.getMessage())
        .isEqualTo(
            "cannot reach api.github.com (unknown host): check your network or"
                + " CURATE_GITHUB_API_URL");
  }

  @Test
  void anUnreachableHostNoSourceMappedIsFoundInTheCauseChainWithEveryEndpointVariable() {
    Exception wrapped =
        new IllegalStateException(
            "a library's wrapper",
            new UnknownHostException("no-such-host.invalid: Name or service not known"));

    assertThat(Unreachable.findIn(wrapped))
        .get()
        .extracting(Throwable::getMessage)
        .asString()
        .startsWith("cannot reach no-such-host.invalid (unknown host): check your network or ")
        .contains("CURATE_GITHUB_API_URL", "CURATE_REDDIT_ARCHIVE_URL", "CURATE_CLICKHOUSE_URL");
    assertThat(Unreachable.findIn(new ConnectException("Failed to connect to /127.0.0.1:9")))
        .get()
        .extracting(Throwable::getMessage)
        .asString()
        .startsWith("cannot reach 127.0.0.1:9 (connection refused)");
  }

  @Test
  void otherFailuresAreNotUnreachable() {
    assertThat(Unreachable.findIn(new IOException("x", new SocketException("reset")))).isEmpty();
  }
}
