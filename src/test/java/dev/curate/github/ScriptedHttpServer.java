package dev.curate.github;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A plain socket HTTP server for faults WireMock cannot stage exactly: a body cut off mid-way, a
 * body shorter than its Content-Length. Each connection gets the next scripted answer (the last one
 * repeats) and is closed after it.
 */
final class ScriptedHttpServer implements AutoCloseable {
  /** Writes one raw HTTP answer. */
  @FunctionalInterface
  interface Answer {
    void write(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final List<Answer> answers;
  private final List<String> requestLines = Collections.synchronizedList(new ArrayList<>());
  private final Thread acceptor;

  ScriptedHttpServer(List<Answer> answers) {
    this.answers = List.copyOf(answers);
    try {
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.acceptor = new Thread(this::serve, "scripted-http");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://localhost:" + socket.getLocalPort();
  }

  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void serve() {
    int served = 0;
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        for (String header = in.readLine();
            header != null && !header.isEmpty();
            header = in.readLine()) {
          // GET requests: headers only
        }
        requestLines.add(requestLine);
        OutputStream out = connection.getOutputStream();
        answers.get(Math.min(served++, answers.size() - 1)).write(out);
        out.flush();
      } catch (IOException e) {
        // closed by the test, or the client hung up: either way, next connection
      }
    }
  }

  /** The status line and headers of a JSON answer; {@code framing} is Content-Length or chunked. */
  static byte[] head(String framing) {
    return ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: application/json; charset=utf-8\r\n"
            + "Date: "
            + GitHubStubs.httpDate(GitHubStubs.SERVER_NOW)
            + "\r\n"
            + "x-ratelimit-limit: 30\r\nx-ratelimit-remaining: 29\r\nx-ratelimit-resource: search\r\n"
            + "x-ratelimit-reset: "
            + GitHubStubs.SERVER_NOW.plusSeconds(60).getEpochSecond()
            + "\r\n"
            + framing
            + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A whole answer. */
  static Answer complete(byte[] body) {
    return out -> {
      out.write(head("Content-Length: " + body.length));
      out.write(body);
    };
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
