package dev.curate.github;

import dev.curate.error.CarriedFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Sits between github-api and our OkHttp client and turns every failure into curate's own,
 * before github-api sees it:
 *
 * <ul>
 *   <li>An error status that is left after the shared retries and the rate-limit waits becomes a
 *       one-line {@link dev.curate.error.CurateException}, so github-api's handlers (set to fail)
 *       never classify it and its {@code HttpException} text never reaches the user.
 *   <li>An I/O failure becomes "cannot connect to host". This also decides which layer owns
 *       retries: github-api 1.330 retries {@code SocketException}s twice more on its own, which
 *       would multiply the shared retries; a {@link CarriedFailure} it passes through.
 * </ul>
 */
final class ClassifyingConnector implements GitHubConnector {
  /** Enough of an error body for GitHub's message; error pages can be large HTML. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final GitHubConnector delegate;
  private final GitHubErrors errors;

  ClassifyingConnector(GitHubConnector delegate, GitHubErrors errors) {
    this.delegate = delegate;
    this.errors = errors;
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    GitHubConnectorResponse response;
    try {
      response = delegate.send(request);
    } catch (CarriedFailure e) {
      throw e;
    } catch (IOException e) {
      throw new CarriedFailure(errors.forIoFailure(request.url(), e));
    }
    if (response.statusCode() < 400) {
      return response;
    }
    try (response) {
      throw new CarriedFailure(errors.forStatus(
          request.url(), response.statusCode(), response.header("x-github-request-id"), errorBody(response)));
    }
  }

  private static String errorBody(GitHubConnectorResponse response) {
    try (InputStream in = response.bodyStream()) {
      return in == null ? "" : new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // the status says enough
    }
  }
}
