package dev.curate.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A headless Chromium started for a test, driven over the DevTools protocol: Debian's {@code
 * chromium} package, no download. It is started with a throwaway profile and everything that would
 * reach the network on its own (updates, sync, safe browsing) switched off, and the DevTools port
 * chosen by Chromium itself ({@code --remote-debugging-port=0}, then read from {@code
 * DevToolsActivePort} in the profile).
 */
final class Chromium implements AutoCloseable {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final DevTools page;

  private Chromium(Process process, DevTools page) {
    this.process = process;
    this.page = page;
  }

  /** The browser on the PATH, if any. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * @param profile an empty folder for the browser's profile and its log
   */
  static Chromium start(Path executable, Path profile) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--headless=new",
            // The tests run as root, where Chromium's sandbox refuses to start.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--user-data-dir=" + profile.resolve("profile"),
            "--remote-debugging-port=0",
            "about:blank"));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      int port = port(profile.resolve("profile").resolve("DevToolsActivePort"), process);
      OkHttpClient http =
          new OkHttpClient.Builder()
              .readTimeout(Duration.ZERO)
              .callTimeout(DevTools.PATIENCE)
              .build();
      return new Chromium(process, new DevTools(http, pageSocket(http, port)));
    } catch (IOException | RuntimeException | Error e) {
      stop(process);
      throw e;
    }
  }

  DevTools page() {
    return page;
  }

  /** Loads a file and waits for its load event; the events from before are forgotten. */
  void load(Path file) {
    page.forgetEvents();
    page.call("Page.navigate", Map.of("url", file.toUri().toString()));
    page.awaitEvent("Page.loadEventFired", p -> true);
  }

  /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value. */
  JsonNode evaluate(String expression) {
    JsonNode result =
        page.call(
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the page could not evaluate " + expression + ": " + result);
    }
    return result.get("result").get("value");
  }

  /** The page as the browser drew it, from its top-left corner. */
  BufferedImage screenshot(int width, int height) throws IOException {
    JsonNode shot =
        page.call(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return ImageIO.read(
        new ByteArrayInputStream(Base64.getDecoder().decode(shot.get("data").asText())));
  }

  private static int port(Path activePort, Process process)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + DevTools.PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(activePort)) {
        List<String> lines = Files.readAllLines(activePort);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!process.isAlive()) {
        throw new IOException("chromium exited with " + process.exitValue() + " at start");
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new IOException("chromium did not open its DevTools port within " + DevTools.PATIENCE);
  }

  /** The WebSocket of the page the browser opened with ({@code about:blank}). */
  private static String pageSocket(OkHttpClient http, int port) throws IOException {
    Request list = new Request.Builder().url("http://127.0.0.1:" + port + "/json/list").build();
    try (Response response = http.newCall(list).execute()) {
      for (JsonNode target : JSON.readTree(response.body().string())) {
        if ("page".equals(target.path("type").asText())) {
          return target.get("webSocketDebuggerUrl").asText();
        }
      }
    }
    throw new IOException("chromium lists no page to drive");
  }

  @Override
  public void close() {
    try {
      page.close();
    } finally {
      stop(process);
    }
  }

  /** The browser and its helpers (renderer, GPU, zygote), which this test started. */
  private static void stop(Process process) {
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
