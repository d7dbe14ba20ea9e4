package dev.curate.model;

import java.util.List;

/**
 * What one source did during a fetch, for the summary on stderr.
 *
 * @param source a short name: {@code github}, or {@code reddit:MachineLearning}
 * @param requests HTTP requests sent (retries included)
 * @param found items the source returned, before de-duplication and the month filter
 * @param kept items inside the month that were stored
 * @param warnings things the editor should know that did not stop the fetch
 */
public record SourceReport(String source, int requests, int found, int kept, List<String> warnings) {
  public SourceReport {
    warnings = List.copyOf(warnings);
  }
}
