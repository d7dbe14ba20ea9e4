package dev.curate.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options every command takes, mixed into each one and into the root, so that they go before or
 * after the subcommand ({@code curate -v fetch} and {@code curate fetch -v} alike). {@link
 * #after(CommonOptions)} joins the two.
 */
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
      description =
          "Only warnings and errors on stderr: no progress, summary or \"Saved…\" lines"
              + " (stdout unchanged).")
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

  /**
   * These options (given after the subcommand) over {@code before} (given before it): a value given
   * after wins, a switch given either place is on.
   */
  CommonOptions after(CommonOptions before) {
    CommonOptions joined = new CommonOptions();
    joined.workspace = workspace != null ? workspace : before.workspace;
    joined.config = config != null ? config : before.config;
    joined.verbose = verbose || before.verbose;
    joined.quiet = quiet || before.quiet;
    return joined;
  }
}
