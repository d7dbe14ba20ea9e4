package dev.curate.events;

import java.time.Instant;
import java.util.Optional;

/**
 * A month read from ClickHouse, with what the coverage says of it.
 *
 * @param server the server, host (and port) only
 * @param table {@code database.table}
 * @param lastEventAt the table's last star event when it was asked
 * @param probeStats and {@code monthStats}: what each query cost the server, if it said
 */
public record ClickHouseMonth(
    String server,
    String table,
    Instant lastEventAt,
    StarCounts counts,
    Optional<QueryStats> probeStats,
    Optional<QueryStats> monthStats) {}
