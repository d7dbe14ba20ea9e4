package dev.curate.cli;

import dev.curate.http.Sleeper;
import java.time.Clock;
import java.util.Map;

/**
 * What the process gets from the outside world, passed in rather than read from statics so that
 * tests run the real commands with their own environment, clock and sleeper.
 *
 * @param env the environment variables
 * @param stdoutIsTerminal whether standard output is a terminal (aligned tables) or not (TSV)
 */
public record AppRuntime(Map<String, String> env, Clock clock, Sleeper sleeper, boolean stdoutIsTerminal) {
  public AppRuntime {
    env = Map.copyOf(env);
  }

  public static AppRuntime system() {
    // System.console() is non-null only when stdin and stdout are both terminals: good enough
    // to choose between an aligned table and TSV, and it errs on the side of TSV.
    return new AppRuntime(System.getenv(), Clock.systemUTC(), Sleeper.system(), System.console() != null);
  }
}
