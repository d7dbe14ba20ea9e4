package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The progress line saying how the month's stars gained were measured, per method. */
final class StarGainLine {
  private StarGainLine() {}

  static String of(CalendarMonth month, Map<Long, StarGain> saved, int candidates) {
    Map<StarGainMethod, Integer> byMethod = new EnumMap<>(StarGainMethod.class);
    saved.values().stream()
        .filter(StarGain::known)
        .forEach(g -> byMethod.merge(g.method(), 1, Integer::sum));
    int known = byMethod.values().stream().mapToInt(Integer::intValue).sum();
    String methods =
        byMethod.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().slug())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "github: stars gained in %s known for %d of %d candidates%s",
        month,
        known,
        candidates,
        methods.isEmpty() ? "" : " (" + methods + ")");
  }
}
