package dev.curate.crash;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 8, on a real terminal: the built jar ({@code java -jar target/curate.jar})
 * fetches from the stand-in in an 80-column tmux pane while GitHub's search budget runs out, so
 * that the second search waits for the reset. The pane is read while it runs: each source keeps one
 * line, updated in place, with a countdown during the wait. With stderr sent to a file the same
 * fetch prints plain lines. Ctrl-C during the wait ends the fetch with one line saying what was
 * kept: Reddit, read side by side, was saved while GitHub waited.
 */
class LiveProgressIT {
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static final Pattern ROW = Pattern.compile("^(github|r/\\w+)\\s+\\d+ requests?\\s+\\|.*");
  private static final Pattern COUNTDOWN =
      Pattern.compile(
          "^github\\s+\\d+ requests?\\s+\\| waiting for GitHub's rate limit: (\\d+)s left");

  @TempDir Path workspace;
  @TempDir Path home;

  @Test
  void onATerminalEachSourceHasOneLineUpdatedInPlaceWithACountdownWhileItWaits() throws Exception {
    try (StandIn standIn = standInWithSearchBudgetRunningOut();
        Tmux tmux = Tmux.require()) {
      Path exit = home.resolve("exit");
      tmux.start(script(standIn, "", exit), 80, 40);
      List<List<String>> screens = watch(tmux, exit, screen -> false);

      screens.stream()
          .filter(screen -> screen.stream().anyMatch(l -> COUNTDOWN.matcher(l).find()))
          .findFirst()
          .ifPresent(screen -> show("while GitHub waits", screen));
      show("at the end", last(screens));
      assertThat(Files.readString(exit).strip()).as(last(screens).toString()).isEqualTo("0");
      for (List<String> screen : screens) {
        // One line per source, never a scroll of them.
        assertThat(rowsBySource(screen).values())
            .as(String.join("\n", screen))
            .allSatisfy(count -> assertThat(count).isEqualTo(1));
      }
      List<String> githubRows =
          screens.stream().flatMap(List::stream).filter(l -> l.startsWith("github ")).toList();
      assertThat(githubRows.stream().distinct().count()).isGreaterThan(2);
      List<Integer> countdown =
          githubRows.stream()
              .map(COUNTDOWN::matcher)
              .filter(Matcher::find)
              .map(m -> Integer.parseInt(m.group(1)))
              .distinct()
              .toList();
      assertThat(countdown).as("the countdowns seen").hasSizeGreaterThan(1);
      assertThat(countdown).isSortedAccordingTo((a, b) -> b - a);

      List<String> end = last(screens);
      assertThat(rowsBySource(end))
          .containsOnlyKeys("github", "r/MachineLearning", "r/datascience")
          .allSatisfy((source, count) -> assertThat(count).isEqualTo(1));
      assertThat(end.stream().filter(l -> ROW.matcher(l).matches()))
          .allSatisfy(row -> assertThat(row.length()).isLessThan(80))
          .noneMatch(row -> row.contains("left"));
      assertThat(String.join("\n", end)).contains("Fetched 2018-11 into");
    }
  }

  @Test
  void withStderrInAFileTheProgressIsPlainLinesWithoutCarriageReturnsOrEscapes() throws Exception {
    try (StandIn standIn = standInWithSearchBudgetRunningOut();
        Tmux tmux = Tmux.require()) {
      Path exit = home.resolve("exit");
      Path stderr = home.resolve("stderr.txt");
      tmux.start(script(standIn, "2>" + stderr, exit), 80, 40);
      watch(tmux, exit, screen -> false);

      assertThat(Files.readString(exit).strip()).isEqualTo("0");
      String text = Files.readString(stderr);
      assertThat(text).doesNotContain("\r", "\u001B");
      assertThat(text.lines())
          .contains("github: searching 2018-11 with 2 queries")
          .anyMatch(l -> l.startsWith("r/MachineLearning: reading the archive"))
          .noneMatch(l -> ROW.matcher(l).matches());
    }
  }

  @Test
  void ctrlCWhileGitHubWaitsSaysInOneLineThatRedditWasKeptAndExits130() throws Exception {
    try (StandIn standIn = standInWithSearchBudgetRunningOut();
        Tmux tmux = Tmux.require()) {
      Path exit = home.resolve("exit");
      tmux.start(script(standIn, "", exit), 80, 40);
      // Reddit, read side by side, is saved while GitHub waits for its search budget.
      List<List<String>> screens =
          watch(
              tmux,
              exit,
              screen ->
                  screen.stream().anyMatch(l -> COUNTDOWN.matcher(l).find())
                      && screen.stream()
                          .anyMatch(l -> l.startsWith("r/datascience ") && l.contains("| saved ")));
      tmux.sendKey("C-c");
      screens.addAll(watch(tmux, exit, screen -> false));

      show("after Ctrl-C", last(screens));
      assertThat(Files.readString(exit).strip()).isEqualTo("130");
      List<String> end = last(screens);
      assertThat(end.stream().filter(l -> l.startsWith("Interrupted")))
          .as(String.join("\n", end))
          .hasSize(1);
      // The pane wraps the line at 80 columns: read it whole.
      assertThat(String.join("", end))
          .contains(
              "Interrupted: kept r/MachineLearning (7 threads), r/datascience (2 threads) of"
                  + " 2018-11; nothing else of this fetch was saved, earlier fetches are intact");
      assertThat(String.join("\n", end)).doesNotContain("Exception", "\tat ");
      assertThat(rowsBySource(end))
          .containsOnlyKeys("github", "r/MachineLearning", "r/datascience");
    }
  }

  /**
   * The stand-in, with the first search's answer saying the search budget is down to GitHub's
   * reserve of 1 until 8 s from now: the next search waits for that reset (G6). The headers are
   * those of the stand-in's own search answers (GitHub's documented rate-limit headers).
   */
  private static StandIn standInWithSearchBudgetRunningOut() {
    StandIn standIn = new StandIn(150);
    standIn
        .server()
        .stubFor(
            get(urlPathEqualTo("/search/repositories"))
                .atPriority(0)
                .withQueryParam("q", containing("topic:deep-learning"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withBodyFile("github-search-deep-learning-p1.json")
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withHeader("x-ratelimit-limit", "30")
                        .withHeader("x-ratelimit-remaining", "1")
                        .withHeader("x-ratelimit-used", "29")
                        .withHeader("x-ratelimit-reset", "{{now offset='8 seconds' format='unix'}}")
                        .withHeader("x-ratelimit-resource", "search")
                        .withTransformers("response-template")));
    return standIn;
  }

  /**
   * A script that runs the built jar with only curate's environment, {@code redirect} applied to
   * it, and writes its exit code to {@code exit}; the pane stays open after it for reading.
   */
  private Path script(StandIn standIn, String redirect, Path exit) throws IOException {
    Path jar = Path.of("target", "curate.jar").toAbsolutePath();
    assertThat(jar).as("the jar `package` builds before the integration tests").exists();
    String java = ProcessHandle.current().info().command().orElse("java");
    Map<String, String> env = new TreeMap<>(ChildCurate.environment(standIn.baseUrl(), home));
    env.put("TERM", "screen");
    String assignments =
        env.entrySet().stream()
            .map(e -> e.getKey() + "='" + e.getValue() + "'")
            .collect(Collectors.joining(" "));
    Path script = home.resolve("fetch.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            "env -i "
                + assignments
                + " '"
                + java
                + "' -jar '"
                + jar
                + "' fetch --month "
                + ChildCurate.MONTH
                + " --workspace '"
                + workspace
                + "' --config '"
                + ChildCurate.writeConfig(home)
                + "' "
                + redirect,
            "echo $? > '" + exit + "'",
            "sleep 600",
            ""));
    return script;
  }

  /**
   * The pane's screens, read every 200 ms until the exit code is written or {@code until} holds of
   * a screen.
   */
  private static List<List<String>> watch(
      Tmux tmux, Path exit, java.util.function.Predicate<List<String>> until) throws Exception {
    List<List<String>> screens = new ArrayList<>();
    Instant deadline = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(deadline)) {
      boolean done = Files.exists(exit) && !Files.readString(exit).isBlank();
      List<String> screen = tmux.screen();
      screens.add(screen);
      if (done || until.test(screen)) {
        return screens;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no end within " + LIMIT + ":\n" + String.join("\n", last(screens)));
  }

  /** The screen in the test's report, for a person to see what the pane showed. */
  private static void show(String when, List<String> screen) {
    System.out.println("80-column pane " + when + ":");
    screen.forEach(row -> System.out.println("  | " + row));
  }

  private static Map<String, Integer> rowsBySource(List<String> screen) {
    Map<String, Integer> rows = new TreeMap<>();
    for (String line : screen) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.merge(m.group(1), 1, Integer::sum);
      }
    }
    return rows;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
