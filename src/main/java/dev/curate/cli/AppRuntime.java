package dev.curate.cli;

import dev.curate.http.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;

/**
 * What the process gets from the outside world, passed in rather than read from statics so that
 * tests run the real commands with their own environment, clock and sleeper.
 *
 * @param env the environment variables
 * @param stdoutIsTerminal whether standard output is a terminal (aligned tables) or not (TSV)
 * @param stderrIsTerminal whether standard error is a terminal: a fetch's progress is then drawn in
 *     place, one line per source, rather than printed line after line
 * @param terminalWidth the columns tables, help and progress fit in ({@link TerminalStreams})
 * @param version curate's version: {@code --version}, and the User-Agents sent to GitHub and Reddit
 */
public record AppRuntime(
    Map<String, String> env,
    Clock clock,
    Sleeper sleeper,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    int terminalWidth,
    String version) {
  public AppRuntime {
    env = Map.copyOf(env);
    if (terminalWidth < 1) {
      throw new IllegalArgumentException("a terminal has at least one column: " + terminalWidth);
    }
  }

  /** A runtime whose stderr is no terminal and whose terminal, if any, has 80 columns. */
  public AppRuntime(
      Map<String, String> env,
      Clock clock,
      Sleeper sleeper,
      boolean stdoutIsTerminal,
      String version) {
    this(env, clock, sleeper, stdoutIsTerminal, false, TerminalStreams.DEFAULT_WIDTH, version);
  }

  public static AppRuntime system() {
    Map<String, String> env = System.getenv();
    TerminalStreams streams = TerminalStreams.detect(env);
    return new AppRuntime(
        env,
        Clock.systemUTC(),
        Sleeper.system(),
        streams.stdoutIsTerminal(),
        streams.stderrIsTerminal(),
        streams.width(),
        bundledVersion());
  }

  /**
   * The version Maven wrote into {@code curate-version.properties} at build time, else "unknown".
   */
  public static String bundledVersion() {
    Properties p = new Properties();
    try (InputStream in = AppRuntime.class.getResourceAsStream("/curate-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Falls through to "unknown": a missing version must not stop the tool.
    }
    return p.getProperty("version", "unknown");
  }
}
