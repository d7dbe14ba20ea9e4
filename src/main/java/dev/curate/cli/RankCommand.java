package dev.curate.cli;

import dev.curate.cli.output.ShortlistJson;
import dev.curate.cli.output.ShortlistTable;
import dev.curate.config.CurateConfig;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Shortlist;
import dev.curate.rank.Ranker;
import dev.curate.workflow.RankService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Score a fetched month's candidates, save the shortlist and print it.",
      "Forks, archived repositories and repositories created outside the month are not ranked;"
          + " nor are stickied, NSFW, removed or deleted threads. Scoring: docs/scoring.md.",
      "",
      "Example: curate rank --month 2018-11 --repos 5 --threads 5"
    })
final class RankCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: the one fetched most recently).")
  CalendarMonth month;

  @Option(names = "--repos", paramLabel = "N", description = "Repositories to keep (default: shortlist.repos, 5).")
  Integer repos;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to keep (default: shortlist.threads, 5).")
  Integer threads;

  @Option(names = "--json", description = "Print the shortlist as one JSON object on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    checkSize(repos, "--repos");
    checkSize(threads, "--threads");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      // Configuration first: a bad config file is reported before the workspace is touched.
      CurateConfig config = ctx.config();
      RankService service =
          new RankService(ctx.store(), new Ranker(config.scoring()), config.shortlist(), ctx.runtime().clock());
      Shortlist shortlist =
          service.rank(Optional.ofNullable(month), optional(repos), optional(threads));
      if (json) {
        new ShortlistJson().write(shortlist, ctx.store().coverage(shortlist.month()), out);
      } else {
        new ShortlistTable().write(shortlist, out, ctx.runtime().stdoutIsTerminal());
      }
      out.flush();
      err.println("Saved the " + shortlist.month() + " shortlist: " + shortlist.repos().size()
          + " repositories, " + shortlist.threads().size() + " threads; next: curate draft --month " + shortlist.month());
      return 0;
    }
  }

  private void checkSize(Integer value, String option) {
    if (value != null && (value < 0 || value > 100)) {
      throw new ParameterException(spec.commandLine(), option + " must be between 0 and 100, got " + value);
    }
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
