package dev.curate.cli;

import dev.curate.plan.SourcePlan;
import java.nio.file.Path;
import java.util.List;

/**
 * A source's plan for {@code fetch --dry-run}, headed by the line its fetch would start with.
 *
 * @param heading how the source is asked ({@link dev.curate.cli.output.FetchStart})
 * @param reads local files read instead of requests ({@code --reddit-dump})
 */
record PlannedSource(String heading, List<Path> reads, SourcePlan plan) {
  PlannedSource {
    reads = List.copyOf(reads);
  }
}
