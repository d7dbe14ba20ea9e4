package dev.curate.workflow;

import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Shortlist;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the ranking and the editor marked on a shortlist's entries, keyed as the draft names items. */
final class EditorMarks {
  /** What a flag means, said to the editor in the draft. */
  private static final Map<String, String> FLAG_TEXT = Map.of(
      "star-burst", "star-burst: most of the month's stars came on one or two days, with few forks or"
          + " issues; check they are real before featuring it; the explanation of rank has the figures");

  private EditorMarks() {}

  static Map<String, String> notes(Shortlist s) {
    Map<String, String> notes = new HashMap<>();
    s.repos().stream().filter(r -> r.note() != null).forEach(r -> notes.put(r.repo().fullName(), r.note()));
    s.threads().stream().filter(t -> t.note() != null).forEach(t -> notes.put(t.thread().id(), t.note()));
    return notes;
  }

  static Map<String, List<String>> flags(Shortlist s) {
    Map<String, List<String>> flags = new HashMap<>();
    for (RankedRepo r : s.repos()) {
      if (!r.flags().isEmpty()) {
        flags.put(r.repo().fullName(), described(r.flags()));
      }
    }
    for (RankedThread t : s.threads()) {
      if (!t.flags().isEmpty()) {
        flags.put(t.thread().id(), described(t.flags()));
      }
    }
    return flags;
  }

  static Map<String, String> labels(Shortlist s) {
    Map<String, String> labels = new HashMap<>();
    s.repos().stream().filter(r -> r.area() != null).forEach(r -> labels.put(r.repo().fullName(), r.area()));
    s.threads().stream().filter(t -> t.kind() != null).forEach(t -> labels.put(t.thread().id(), t.kind()));
    return labels;
  }

  private static List<String> described(List<String> codes) {
    return codes.stream().map(code -> FLAG_TEXT.getOrDefault(code, code)).toList();
  }
}
