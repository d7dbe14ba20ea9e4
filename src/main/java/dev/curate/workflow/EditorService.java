package dev.curate.workflow;

import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.rank.CandidateId;
import dev.curate.rank.NearestId;
import dev.curate.rank.PassOver;
import dev.curate.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editor's decisions about a month's candidates ({@code curate pick / drop / note}). They are
 * kept apart from the shortlist, so that they survive every re-ranking; {@code rank} applies them.
 * A pick and a drop replace each other; a note stays whatever the decision.
 */
public final class EditorService {
  private final Store store;
  private final Clock clock;
  private final Standing standing;

  /**
   * What keeps a candidate off a month's shortlist unless the editor picks it: its exclusions
   * (fork, removed, junk, ...) and an earlier issue that featured it; empty when it is eligible.
   * Rank's own verdict ({@link RankService#standing}), so that pick and rank never disagree.
   */
  @FunctionalInterface
  public interface Standing {
    List<PassOver> of(CalendarMonth month, String candidate);
  }

  public EditorService(Store store, Clock clock, Standing standing) {
    this.store = store;
    this.clock = clock;
    this.standing = standing;
  }

  /**
   * What was recorded.
   *
   * @param id the candidate as rank prints it ({@code owner/name} as GitHub spells it)
   */
  public record Change(CalendarMonth month, String id, EditorOverride override) {}

  /**
   * Picks or drops a candidate; {@link Decision#NONE} undoes either. Picking an ineligible one is a
   * usage error saying why it is excluded, unless {@code force}: the editor may overrule rank, but
   * knowingly.
   */
  public Change decide(Optional<CalendarMonth> asked, String id, Decision decision, boolean force) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    String candidate = candidateOf(month, id);
    if (decision == Decision.PICK && !force) {
      refuseIneligible(month, candidate);
    }
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

  private void refuseIneligible(CalendarMonth month, String candidate) {
    List<PassOver> reasons = standing.of(month, candidate);
    if (reasons.isEmpty()) {
      return;
    }
    throw new UsageException(
        "'"
            + candidate
            + "' is excluded from "
            + month
            + ": it "
            + reasons.stream().map(EditorService::why).collect(Collectors.joining("; it "))
            + "; pick it anyway with --force");
  }

  private static String why(PassOver reason) {
    if (reason instanceof PassOver.Excluded e) {
      return e.reason().description() + (e.detail().isEmpty() ? "" : " ('" + e.detail() + "')");
    }
    if (reason instanceof PassOver.FeaturedBefore f) {
      return "was featured in " + f.month();
    }
    return reason.describe();
  }

  /**
   * The candidate's ID as rank prints it; a one-line usage error when the month has no such
   * candidate, with the ID most like it when there is one.
   */
  private String candidateOf(CalendarMonth month, String id) {
    String key = CandidateId.key(id);
    List<String> candidates =
        Stream.concat(
                store.repos(month).stream().map(CandidateId::of),
                store.threads(month).stream().map(CandidateId::of))
            .toList();
    return candidates.stream()
        .filter(candidate -> CandidateId.key(candidate).equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "'"
                        + id.strip()
                        + "' is not a candidate of "
                        + month
                        + NearestId.to(id, candidates)
                            .map(near -> ": did you mean " + near + "?")
                            .orElse(
                                ": use an ID as 'curate rank --month "
                                    + month
                                    + " --explain' lists them (owner/name, or a Reddit id)")));
  }
}
