package dev.curate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workspace and the user's config file are, with the usual precedence: the option, then
 * curate's own variable, then the XDG base directories, then the XDG defaults under home.
 */
public final class Locations {
  public static final String WORKSPACE = "CURATE_WORKSPACE";
  public static final String CONFIG_DIR = "CURATE_CONFIG_DIR";
  public static final String CONFIG_FILE_NAME = "curate.yaml";

  private final Map<String, String> env;
  private final Path home;

  public Locations(Map<String, String> env, Path home) {
    this.env = env;
    this.home = home;
  }

  public Path workspace(Optional<Path> option) {
    if (option.isPresent()) {
      return option.get();
    }
    return variable(WORKSPACE)
        .map(Path::of)
        .orElseGet(() -> xdg("XDG_DATA_HOME", ".local/share").resolve("curate"));
  }

  /**
   * The user's config file: the option's, else {@code curate.yaml} in the config dir if there is
   * anything by that name (a FIFO or a directory there is refused when read, not passed over).
   */
  public Optional<Path> configFile(Optional<Path> option) {
    if (option.isPresent()) {
      return option;
    }
    Path file = userConfigFile();
    return Files.exists(file) ? Optional.of(file) : Optional.empty();
  }

  /** Where the user's config file is looked for without {@code --config}, there or not. */
  public Path userConfigFile() {
    Path dir =
        variable(CONFIG_DIR)
            .map(Path::of)
            .orElseGet(() -> xdg("XDG_CONFIG_HOME", ".config").resolve("curate"));
    return dir.resolve(CONFIG_FILE_NAME);
  }

  private Path xdg(String variable, String fallbackUnderHome) {
    return variable(variable).map(Path::of).orElseGet(() -> home.resolve(fallbackUnderHome));
  }

  private Optional<String> variable(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }
}
