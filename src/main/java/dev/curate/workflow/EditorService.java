package dev.curate.workflow;

import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.rank.CandidateId;
import dev.curate.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The editor's decisions about a month's candidates ({@code curate pick / drop / note}). They are
 * kept apart from the shortlist, so that they survive every re-ranking; {@code rank} applies them.
 * A pick and a drop replace each other; a note stays whatever the decision.
 */
public final class EditorService {
  private final Store store;
  private final Clock clock;

  public EditorService(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * What was recorded.
   *
   * @param id the candidate as rank prints it ({@code owner/name} as GitHub spells it)
   */
  public record Change(CalendarMonth month, String id, EditorOverride override) {}

  /** Picks or drops a candidate; {@link Decision#NONE} undoes either. */
  public Change decide(Optional<CalendarMonth> asked, String id, Decision decision) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    String candidate = candidateOf(month, id);
    String key = CandidateId.key(candidate);
    EditorOverride override = new EditorOverride(key, decision, current(month, key).note());
    store.saveOverride(month, override, clock.instant());
    return new Change(month, candidate, override);
  }

  /** Sets the candidate's note for the draft; null or blank text removes it. */
  public Change note(Optional<CalendarMonth> asked, String id, String text) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    String candidate = candidateOf(month, id);
    String key = CandidateId.key(candidate);
    String note = text == null || text.isBlank() ? null : text.strip();
    EditorOverride override = new EditorOverride(key, current(month, key).decision(), note);
    store.saveOverride(month, override, clock.instant());
    return new Change(month, candidate, override);
  }

  private EditorOverride current(CalendarMonth month, String key) {
    return store.overrides(month).stream()
        .filter(o -> o.candidate().equals(key))
        .findFirst()
        .orElse(new EditorOverride(key, Decision.NONE, null));
  }

  /**
   * The candidate's ID as rank prints it; a one-line usage error when the month has no such
   * candidate.
   */
  private String candidateOf(CalendarMonth month, String id) {
    String key = CandidateId.key(id);
    return Stream.concat(
            store.repos(month).stream().map(CandidateId::of),
            store.threads(month).stream().map(CandidateId::of))
        .filter(candidate -> CandidateId.key(candidate).equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "'"
                        + id.strip()
                        + "' is not a candidate of "
                        + month
                        + ": use an ID as 'curate rank --month "
                        + month
                        + " --explain' lists them (owner/name, or a Reddit id)"));
  }
}
