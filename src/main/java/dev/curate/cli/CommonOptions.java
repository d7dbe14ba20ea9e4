package dev.curate.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes, mixed into each one. */
public final class CommonOptions {
  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description =
          "Where curate keeps its database and drafts (default: $CURATE_WORKSPACE, else"
              + " $XDG_DATA_HOME/curate, else ~/.local/share/curate).")
  Path workspace;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A YAML file overriding the defaults key by key (default: curate.yaml in"
              + " $CURATE_CONFIG_DIR, $XDG_CONFIG_HOME/curate or ~/.config/curate, if present).")
  Path config;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log HTTP requests and show stack traces of failures on stderr.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress lines on stderr (warnings and errors still show).")
  boolean quiet;

  public Optional<Path> workspace() {
    return Optional.ofNullable(workspace);
  }

  public Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean quiet() {
    return quiet;
  }
}
