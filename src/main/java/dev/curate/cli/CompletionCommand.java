package dev.curate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a script that completes curate's commands and options in bash or zsh, made by"
          + " picocli's AutoComplete from the command line itself. Changes nothing.",
      "",
      "Example: source <(curate completion bash)          # this shell only",
      "         curate completion bash \\",
      "           > ~/.local/share/bash-completion/completions/curate",
      "         curate completion zsh > ~/.curate-completion.sh   # source it in ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script serves. */
  enum Shell {
    bash,
    zsh
  }

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell; // picocli completes an enum's values: bash, zsh

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // One script for both: picocli's runs in zsh through bashcompinit, which it loads itself when
    // $ZSH_VERSION is set.
    out.print(AutoComplete.bash("curate", spec.root().commandLine()));
    out.flush();
    return 0;
  }
}
