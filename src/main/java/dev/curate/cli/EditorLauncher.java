package dev.curate.cli;

import dev.curate.config.SecretVariables;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a file in the editor the user chose, as git does: {@code $VISUAL}, else {@code $EDITOR},
 * and waits for it to close. The variable may hold arguments ({@code code --wait}, {@code emacs
 * -nw}): on Unix it is run by {@code sh -c '<editor> "$@"'} with the file as {@code $1}, so that
 * the shell splits and unquotes it as it would in a terminal and the file name is never re-parsed;
 * elsewhere it is split at spaces. The editor gets the terminal, and the environment without
 * curate's credentials ({@link SecretVariables}): it needs none of them, and editors run plugins.
 */
final class EditorLauncher {
  static final String VISUAL = "VISUAL";
  static final String EDITOR = "EDITOR";

  private final Map<String, String> env;
  private final boolean windows;

  EditorLauncher(Map<String, String> env, String osName) {
    this.env = Map.copyOf(env);
    this.windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** The editor's command line as the user set it, or a usage error saying to set one. */
  String editor() {
    return variable(VISUAL)
        .or(() -> variable(EDITOR))
        .orElseThrow(
            () ->
                new UsageException(
                    "no editor: set VISUAL or EDITOR to the one you use"
                        + " (e.g. export EDITOR=nano, or EDITOR='code --wait')"));
  }

  /**
   * Runs the editor on {@code file} and waits for it.
   *
   * @throws CurateException when it cannot be started or exits with a failure
   */
  void edit(Path file) {
    String editor = editor();
    ProcessBuilder builder = new ProcessBuilder(command(editor, file)).inheritIO();
    builder.environment().clear();
    builder.environment().putAll(SecretVariables.removedFrom(env));
    int exit;
    try {
      exit = builder.start().waitFor();
    } catch (IOException e) {
      throw new CurateException(
          ExitCode.FAILURE,
          "cannot start the editor '" + editor + "' (" + e.getMessage() + "): check VISUAL/EDITOR",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CurateException(ExitCode.INTERRUPTED, "interrupted while the editor was open");
    }
    if (exit != 0) {
      throw new CurateException(
          ExitCode.FAILURE,
          "the editor '"
              + editor
              + "' exited with "
              + exit
              + "; "
              + file
              + " is as it left it (check VISUAL/EDITOR if it did not open)");
    }
  }

  List<String> command(String editor, Path file) {
    List<String> command = new ArrayList<>();
    if (windows) {
      command.addAll(List.of(editor.trim().split("\\s+")));
    } else {
      // "$0" is the editor's name in the shell's messages; "$@" is the file, passed as a word.
      command.addAll(List.of("sh", "-c", editor + " \"$@\"", editor));
    }
    command.add(file.toAbsolutePath().toString());
    return command;
  }

  private Optional<String> variable(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
