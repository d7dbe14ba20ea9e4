package dev.curate.workflow;

import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.StarGainSurvey;
import java.util.List;

/** Measures the stars a month's candidates gained inside it (GitHub's APIs, or a fake in tests). */
@FunctionalInterface
public interface StarGainSource {
  StarGainSurvey measure(CalendarMonth month, List<Repo> repos);
}
