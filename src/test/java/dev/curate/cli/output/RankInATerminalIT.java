package dev.curate.cli.output;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a real terminal: a tmux pane of 80 columns, after a fetch against the stand-in.
 * {@code rank} runs with stdin from /dev/null, as {@code curate rank </dev/null} would, so the test
 * also holds the terminal probe to looking at stdout itself ({@code TerminalStreams}), and the
 * width comes from the terminal ({@code stty size}), not from {@code COLUMNS}, which is unset.
 *
 * <p>Without tmux the test is skipped, saying so; under {@code CI=true} it fails instead ({@code
 * .ci/run} installs tmux).
 */
class RankInATerminalIT {
  private static final Path JAR = Path.of("target", "curate.jar").toAbsolutePath();
  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final int COLUMNS = 80;

  @TempDir Path workspace;
  @TempDir Path home;

  private WireMockServer standIn;
  private final String socket = "curate-it-" + ProcessHandle.current().pid();

  @BeforeEach
  void start() {
    if (!onPath("tmux")) {
      if ("true".equals(System.getenv("CI"))) {
        fail("tmux is not installed, and CI must run the terminal test: .ci/run installs it");
      }
      Assumptions.abort("tmux is not installed (apt-get install tmux): terminal test skipped");
    }
    assertThat(JAR).as("the shaded jar `package` builds").exists();
    standIn =
        new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"));
    standIn.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (standIn != null) {
      standIn.stop();
      run(List.of("tmux", "-L", socket, "kill-server"), Map.of());
    }
  }

  @Test
  void rankFitsAnEightyColumnTerminalAndShowsTheIdsPickTakes() throws Exception {
    Map<String, String> env = environment();
    Path config = home.resolve("curate.yaml");
    Files.writeString(config, "github:\n  queries: [topic:machine-learning, topic:gan]\n");
    String curate = java() + " -jar " + JAR + " ";
    assertThat(run(List.of("sh", "-c", curate + "fetch --month 2018-11 --config " + config), env))
        .as(Files.readString(home.resolve("out.log")))
        .isZero();

    String script =
        curate
            + "rank --month 2018-11 --config "
            + config
            + " </dev/null 2>"
            + home.resolve("rank.err")
            + "; echo \"EXIT=$?\"; "
            + curate
            + "rank --help </dev/null; echo \"HELP=$?\"; sleep 120";
    List<String> tmux = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    tmux.addAll(List.of("new-session", "-d", "-x", "" + COLUMNS, "-y", "50", "-s", "rank", script));
    assertThat(run(tmux, env)).as(Files.readString(home.resolve("out.log"))).isZero();

    String screen = awaitScreen("HELP=");
    List<String> lines = screen.lines().toList();
    assertThat(screen).as(screen).contains("EXIT=0", "HELP=0");
    // -J joins the lines tmux wrapped: a line longer than the pane shows as one long line here.
    assertThat(lines)
        .as(screen)
        .allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(COLUMNS));
    String table = screen.substring(0, screen.indexOf("EXIT=0"));
    assertThat(table)
        .as(screen)
        .contains("Repositories · 2018-11", "Reddit threads · 2018-11", " ID ")
        .contains("hanxiao/bert-as-service", "openai/spinningup", "9ysmtn", "…")
        .doesNotContain("\t", "TYPE");
  }

  /** The pane's whole history, once {@code marker} shows in it. */
  private String awaitScreen(String marker) throws Exception {
    Instant until = Instant.now().plus(LIMIT);
    String screen = "";
    while (Instant.now().isBefore(until)) {
      Path captured = home.resolve("pane.txt");
      run(
          List.of(
              "sh", "-c", "tmux -L " + socket + " capture-pane -p -J -S - -t rank > " + captured),
          Map.of());
      screen = Files.readString(captured, StandardCharsets.UTF_8);
      if (screen.contains(marker)) {
        return screen;
      }
      Thread.sleep(250);
    }
    return fail("no '" + marker + "' in the pane within " + LIMIT + ":\n" + screen);
  }

  /** Only what curate reads, and no COLUMNS: the width must come from the terminal itself. */
  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("LANG", "C.UTF-8");
    env.put("TERM", "xterm-256color");
    env.put("CURATE_CONFIG_DIR", home.toString());
    env.put("CURATE_WORKSPACE", workspace.toString());
    for (String api :
        List.of(
            "CURATE_GITHUB_API_URL",
            "CURATE_REDDIT_URL",
            "CURATE_REDDIT_OAUTH_URL",
            "CURATE_REDDIT_ARCHIVE_URL")) {
      env.put(api, standIn.baseUrl());
    }
    // With a token, searches are paced 2 s apart instead of 6 s.
    env.put("GH_TOKEN", "ghp_TerminalTestToken000000000000000000");
    return env;
  }

  private int run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(home.resolve("out.log").toFile());
    if (!env.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(env);
    }
    Process process = builder.start();
    if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return fail("timed out: " + command);
    }
    return process.exitValue();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
