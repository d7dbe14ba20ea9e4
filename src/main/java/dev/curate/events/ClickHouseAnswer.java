package dev.curate.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A query's rows, every one of them, and what it cost the server if ClickHouse said.
 *
 * @param rows one JSON object per row, as ClickHouse wrote it
 */
public record ClickHouseAnswer(List<ObjectNode> rows, Optional<QueryStats> stats) {
  public ClickHouseAnswer {
    rows = List.copyOf(rows);
  }
}
