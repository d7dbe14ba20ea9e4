package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where each month of the workspace stands: fetched, ranked, drafted (and edited since), published.
 * Reads only: the store, and the drafts at their default places ({@code drafts/YYYY-MM.md}; a draft
 * written with {@code --output} elsewhere is not the workspace's).
 */
public final class StatusService {
  private final Optional<Store> store;
  private final Path workspace;

  /**
   * @param store the workspace's store, empty when it has none yet (status must not create one)
   */
  public StatusService(Optional<Store> store, Path workspace) {
    this.store = store;
    this.workspace = workspace;
  }

  public Path workspace() {
    return workspace;
  }

  /** Every fetched month, oldest first. */
  public List<MonthStatus> months() {
    if (store.isEmpty()) {
      return List.of();
    }
    Store s = store.get();
    Map<CalendarMonth, Publication> published =
        s.publications().stream()
            .collect(Collectors.toMap(Publication::month, Function.identity()));
    return s.fetchedMonths().stream()
        .map(month -> status(s, month, Optional.ofNullable(published.get(month))))
        .toList();
  }

  private MonthStatus status(Store s, CalendarMonth month, Optional<Publication> published) {
    List<SourceCoverage> coverage = MonthCoverage.of(s, month);
    Instant fetchedAt =
        coverage.stream()
            .map(SourceCoverage::fetchedAt)
            .max(Comparator.naturalOrder())
            .orElse(null);
    Optional<Shortlist> shortlist = s.shortlist(month);
    Path draft = DraftService.defaultPath(workspace, month);
    return new MonthStatus(
        month,
        fetchedAt,
        coverage,
        shortlist.map(l -> new MonthStatus.ShortlistSize(l.repos().size(), l.threads().size())),
        DraftFile.edited(draft).map(edited -> new MonthStatus.Draft(draft, edited)),
        published);
  }
}
