package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the series has featured so far, as the ranker and the draft need it. */
final class SeriesMemory {
  private SeriesMemory() {}

  /** Per candidate key, the earliest month that featured it. */
  static Map<String, CalendarMonth> featured(List<Publication> publications) {
    Map<String, CalendarMonth> earliest = new HashMap<>();
    for (Publication p : publications) {
      p.featured()
          .forEach(key -> earliest.merge(key, p.month(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }
    return earliest;
  }
}
