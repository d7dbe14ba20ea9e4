package dev.curate.cli;

import dev.curate.plan.SourcePlan;
import java.nio.file.Path;
import java.util.List;

/**
 * A source's plan for {@code fetch --dry-run}, headed by the line its fetch would start with.
 *
 * @param heading how the source is asked ({@link dev.curate.cli.output.FetchStart})
 * @param reads local files read instead of requests ({@code --reddit-dump}, {@code --gharchive})
 * @param readsWhat what is read of them, as the plan says it
 */
record PlannedSource(String heading, List<Path> reads, String readsWhat, SourcePlan plan) {
  static final String DUMP_POSTS = "posts of the month from the configured subreddits";
  static final String HOUR_FILES =
      "GH Archive's hour files of the month and the three before it: star events counted per"
          + " repository";

  PlannedSource {
    reads = List.copyOf(reads);
  }
}
