package dev.curate.model;

import java.util.List;

/** The items one source returned for a month, and what it did to get them. */
public record SourceResult<T>(List<T> items, SourceReport report) {
  public SourceResult {
    items = List.copyOf(items);
  }
}
