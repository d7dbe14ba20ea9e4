package dev.curate.reddit.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The Arctic Shift API's answers: {@code {"data":[...]}} on success, with posts in Reddit's own
 * field names; {@code {"error":"..."}} on failure (e.g. "Query timed out"). No cursor, no total
 * (https://github.com/ArthurHeitmann/arctic_shift/blob/master/api/README.md).
 */
final class ArchiveAnswer {
  private ArchiveAnswer() {}

  /** Posts stay trees until {@link dev.curate.reddit.post.PostReader} binds each on its own. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Posts(List<JsonNode> data, String error) {}

  /**
   * {@code /api/time_series}: the README documents the parameters, not the answer; observed as a
   * {@code data} array of points with a {@code date} and a {@code value}. The date is read
   * leniently (epoch seconds, epoch milliseconds or ISO text), so a change of unit does not
   * silently move a count to another month.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TimeSeries(List<Point> data, String error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Point(JsonNode date, Long value) {}
}
