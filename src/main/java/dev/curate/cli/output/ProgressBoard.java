package dev.curate.cli.output;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fetch's live progress shows, one line per source (GitHub, each subreddit): its requests so
 * far, what it said last (its pages and items), and a countdown while it waits for a rate limit or
 * a retry. Pure: events and the time come in, lines of text go out; drawing them is {@code
 * cli.LiveProgress}'s.
 *
 * <p>The sources already say what they do in lines prefixed with the source ({@code github: …},
 * {@code r/MachineLearning: …}, {@code saving reddit:MachineLearning: …}): those lines update their
 * source's row; any other line is the caller's to print above the rows. GitHub and Reddit are read
 * side by side, each on a lane of its own (the caller's key: the thread), and within a lane one
 * source after the other (the subreddits), so a request or a wait belongs to the source that spoke
 * last on its lane. GitHub's row comes first, then the subreddits' as they appear, whichever lane
 * spoke first.
 */
public final class ProgressBoard {
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^(saving |saved )?(github|r/[A-Za-z0-9_]+|reddit:[A-Za-z0-9_]+): (.*)$");

  /** A wait shorter than this is not worth a countdown: it would only flicker. */
  static final Duration SHOWN_WAIT = Duration.ofSeconds(1);

  private static final String GITHUB = "github";

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<Object, String> currentByLane = new HashMap<>();

  private static final class Row {
    int requests;
    String said = "";
    String saving;
    String waitingFor;
    Instant waitEnds;
  }

  /**
   * Takes a progress line said on {@code lane}.
   *
   * @return whether it was a source's line (now on its row); otherwise the caller prints it
   */
  public boolean line(Object lane, String line) {
    Matcher m = SOURCE_LINE.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String source = label(m.group(2));
    Row row = rows.computeIfAbsent(source, s -> new Row());
    row.said = m.group(1) == null ? m.group(3) : m.group(1) + m.group(3);
    if ("saving ".equals(m.group(1))) {
      row.saving = m.group(3);
    }
    row.waitEnds = null;
    currentByLane.put(lane, source);
    return true;
  }

  /** A request went out on {@code lane}, from the source that spoke last there. */
  public void requestSent(Object lane) {
    current(lane).ifPresent(row -> row.requests++);
  }

  /**
   * The source that spoke last on {@code lane} waits {@code duration} from {@code now}, for {@code
   * why}.
   */
  public void waiting(Object lane, Duration duration, String why, Instant now) {
    current(lane)
        .ifPresent(
            row -> {
              row.waitingFor = why;
              row.waitEnds = now.plus(duration);
            });
  }

  /**
   * The source's save has committed: its row says "saved" and what, whatever it said in between
   * (GitHub's stars gained come after its save begins), as the last word on that source.
   */
  public void saved(String sourceKey) {
    Row row = rows.get(label(sourceKey));
    if (row != null && row.saving != null) {
      row.said = "saved " + row.saving;
    }
  }

  /** No wait goes on past this: the fetch ended (or failed) and the rows are its final state. */
  public void finish() {
    rows.values().forEach(row -> row.waitEnds = null);
  }

  /**
   * The rows as they stand at {@code now}, each cut to {@code width} columns less one (a line as
   * wide as the terminal would wrap on some terminals and break redrawing in place).
   */
  public List<String> frame(Instant now, int width) {
    int labelWidth = rows.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0);
    List<String> lines = new ArrayList<>();
    inOrder()
        .forEach(
            (source, row) -> {
              StringBuilder line = new StringBuilder();
              line.append(source).append(" ".repeat(labelWidth - DisplayWidth.of(source)));
              line.append(
                  String.format(
                      Locale.ROOT,
                      " %4d %s",
                      row.requests,
                      row.requests == 1 ? "request " : "requests"));
              Duration left =
                  row.waitEnds == null ? Duration.ZERO : Duration.between(now, row.waitEnds);
              if (left.compareTo(SHOWN_WAIT) >= 0) {
                line.append(" | ").append(row.waitingFor).append(": ").append(countdown(left));
              }
              if (!row.said.isEmpty()) {
                line.append(" | ").append(row.said);
              }
              lines.add(DisplayWidth.truncate(line.toString(), Math.max(width - 1, 10)));
            });
    return lines;
  }

  /** GitHub first, then the subreddits as they appeared: the order does not race the lanes. */
  private Map<String, Row> inOrder() {
    Map<String, Row> ordered = new LinkedHashMap<>();
    Optional.ofNullable(rows.get(GITHUB)).ifPresent(row -> ordered.put(GITHUB, row));
    ordered.putAll(rows);
    return ordered;
  }

  /** Whole seconds left, rounded up so that it never shows 0 while still waiting. */
  static String countdown(Duration left) {
    long seconds = (left.toMillis() + 999) / 1000;
    return seconds >= 60
        ? String.format(Locale.ROOT, "%dm%02ds left", seconds / 60, seconds % 60)
        : seconds + "s left";
  }

  private Optional<Row> current(Object lane) {
    return Optional.ofNullable(currentByLane.get(lane)).map(rows::get);
  }

  /** The store's {@code reddit:NAME} and the sources' {@code r/NAME} are one row. */
  private static String label(String source) {
    return source.startsWith("reddit:") ? "r/" + source.substring("reddit:".length()) : source;
  }
}
