package dev.curate.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A month read from GH Archive's hour files, with what the coverage says of it.
 *
 * @param source where the files are: their folder, or how many folders
 * @param files hour files read, the month's and the months' before
 * @param lastEventAt the latest star event read
 * @param missingHours the month's hours without a readable file (720 of a 30-day month at most)
 * @param earlierMissingHours the same for the month before, two and three months before; when all
 *     hours of one of them are missing, the months before are not counted ({@link
 *     StarCounts#earlierCounted()})
 * @param repositories repository names with a star event in the four months: what was counted, of
 *     which the {@code github.events.top} of the month are kept
 * @param lines lines read
 * @param malformedLines lines that are no JSON object, and star events that could not be read
 * @param unreadable each file that could not be read to its end, with why ({@code PATH: reason});
 *     its hour counts as missing and nothing of it is counted
 * @param otherMonths files given of other months, not read
 */
public record GhArchiveMonth(
    String source,
    int files,
    Optional<Instant> lastEventAt,
    StarCounts counts,
    int missingHours,
    List<Integer> earlierMissingHours,
    int repositories,
    long lines,
    long malformedLines,
    List<String> unreadable,
    int otherMonths) {
  public GhArchiveMonth {
    earlierMissingHours = List.copyOf(earlierMissingHours);
    unreadable = List.copyOf(unreadable);
  }
}
