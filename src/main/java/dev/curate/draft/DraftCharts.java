package dev.curate.draft;

import dev.curate.chart.ChartText;
import dev.curate.chart.StarChart;
import dev.curate.model.RankedRepo;
import dev.curate.model.StarGain;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The star charts of a draft: one per shortlisted repository whose stars gained came with a daily
 * history (GitHub's star history or the stargazer list; snapshots give no days), named after the
 * repository ({@code NVIDIA-waveglow.svg}) and linked from its entry by a path relative to the
 * draft. A draft without a chart folder (printed to stdout) has none, rather than links to files
 * that do not exist.
 */
final class DraftCharts {
  private final Map<String, Entry> byRepo;

  /**
   * @param link what the repository's entry shows
   */
  private record Entry(DraftChart file, DraftView.Chart link) {}

  private DraftCharts(Map<String, Entry> byRepo) {
    this.byRepo = byRepo;
  }

  static DraftCharts of(DraftInput input, DraftText text) {
    Map<String, Entry> byRepo = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (input.chartFolder() == null) {
      return new DraftCharts(byRepo);
    }
    YearMonth month = input.shortlist().month().value();
    Set<String> taken = new HashSet<>();
    for (RankedRepo ranked : input.shortlist().repos()) {
      StarGain gain = ranked.starGain();
      if (gain.daily().size() != month.lengthOfMonth()) {
        continue; // no daily history (snapshots, unknown), or one of another month's length
      }
      String fullName = UntrustedText.singleLine(ranked.repo().fullName());
      String fileName = uniqueName(fullName, taken);
      String alt = text.format("chartAlt", Map.of("repo", fullName, "month", text.month(month)));
      byRepo.put(
          ranked.repo().fullName(),
          new Entry(
              new DraftChart(fileName, svg(fullName, gain, month, text)),
              new DraftView.Chart(relativeUrl(input.chartFolder() + "/" + fileName), alt)));
    }
    return new DraftCharts(byRepo);
  }

  /** The entry's link to its chart, or null when it has none. */
  DraftView.Chart linkFor(String fullName) {
    Entry entry = byRepo.get(fullName);
    return entry == null ? null : entry.link();
  }

  /** The files to write, by repository name. */
  List<DraftChart> files() {
    return byRepo.values().stream().map(Entry::file).toList();
  }

  private static String svg(String fullName, StarGain gain, YearMonth month, DraftText text) {
    List<Integer> daily = gain.daily();
    long total = 0;
    int peakDay = 1;
    int peak = 0;
    for (int i = 0; i < daily.size(); i++) {
      int stars = Math.max(0, daily.get(i));
      total += stars;
      if (stars > peak) {
        peak = stars;
        peakDay = i + 1;
      }
    }
    String monthName = text.month(month);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("repo", fullName);
    values.put("month", monthName);
    values.put("gained", text.count("starsGained", total, Map.of("month", monthName)));
    values.put("day", Integer.toString(peakDay));
    values.put("max", String.format(Locale.US, "%,d", peak));
    values.put(
        "days",
        daily.stream()
            .map(d -> Integer.toString(Math.max(0, d)))
            .collect(Collectors.joining(", ")));
    ChartText words =
        new ChartText(
            text.format("chartTitle", values),
            text.format(peak == 0 ? "chartDescriptionNone" : "chartDescription", values),
            text.get("chartBars"),
            text.get("chartLine"));
    return StarChart.svg(fullName, words, daily);
  }

  /**
   * {@code owner-name.svg}, in the characters GitHub allows in names; a second repository that
   * would get the same name (case aside, for case-insensitive file systems) gets {@code -2}.
   */
  private static String uniqueName(String fullName, Set<String> taken) {
    String base = fullName.replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_");
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name + ".svg";
  }

  /**
   * A relative path as a link destination: each segment percent-encoded but for the characters a
   * URL path never needs to encode, so spaces or parentheses in the draft's name cannot end it.
   */
  static String relativeUrl(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
