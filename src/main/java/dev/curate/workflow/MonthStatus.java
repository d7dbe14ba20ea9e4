package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.SourceCoverage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one month of the workspace stands ({@code curate status}).
 *
 * @param fetchedAt when its latest fetch of any source finished
 * @param coverage each source's latest fetch of it ({@link MonthCoverage})
 * @param shortlist the saved shortlist's size, empty before {@code rank}
 * @param draft the draft at its default place, empty when there is none
 * @param published empty until {@code publish}
 */
public record MonthStatus(
    CalendarMonth month,
    Instant fetchedAt,
    List<SourceCoverage> coverage,
    Optional<ShortlistSize> shortlist,
    Optional<Draft> draft,
    Optional<Publication> published) {

  public MonthStatus {
    Objects.requireNonNull(month, "month");
    coverage = List.copyOf(coverage);
  }

  public record ShortlistSize(int repos, int threads) {}

  /**
   * @param edited the file changed since curate wrote it (as {@code draft} decides before
   *     overwriting it)
   */
  public record Draft(Path path, boolean edited) {}
}
