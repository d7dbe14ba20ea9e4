package dev.curate.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One SQL query for ClickHouse's HTTP interface and the values of its parameters. The SQL names
 * each value as {@code {name:Type}} and the value travels as the URL parameter {@code param_name}
 * (ClickHouse docs, "HTTP Interface": "Queries with Parameters"), so no value is ever spliced into
 * the SQL text: not a month, not a table name ({@code Identifier} parameters), not a number.
 *
 * @param purpose what the query is for, as messages and the dry run name it ("the freshness probe")
 * @param sql the query without its {@code FORMAT} clause, which {@link #body()} adds
 * @param parameters each {@code {name:Type}}'s value by name, in the order shown
 */
public record ClickHouseQuery(String purpose, String sql, Map<String, String> parameters) {
  /**
   * One JSON object a line, each line ending with a newline: a cut answer is then recognisable, and
   * rows are read as they are (ClickHouse docs, "Formats": JSONEachRow).
   */
  static final String FORMAT = "JSONEachRow";

  public ClickHouseQuery {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The request body: the SQL and the format curate reads. */
  public String body() {
    return sql + "\nFORMAT " + FORMAT;
  }

  /**
   * The query as {@code --dry-run} shows it: the body as sent, then each parameter as the URL
   * carries it ({@code param_from=2018-11-01 00:00:00}, before URL encoding).
   */
  public String shown() {
    String params =
        parameters.entrySet().stream()
            .map(e -> "param_" + e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    return body() + (params.isEmpty() ? "" : "\n" + params);
  }
}
