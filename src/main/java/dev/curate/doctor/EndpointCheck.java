package dev.curate.doctor;

import java.util.Optional;

/**
 * What asking one endpoint showed.
 *
 * @param url the base URL curate uses for it
 * @param notNeeded why {@code fetch} does not need it, as configured; empty when it does
 * @param reachable whether it answered at all (a refusal of the credentials is an answer)
 * @param failure what went wrong, in one line with what to do; empty when all went well
 */
public record EndpointCheck(
    Endpoint endpoint,
    String url,
    Optional<String> notNeeded,
    boolean reachable,
    Optional<String> failure) {
  public boolean needed() {
    return notNeeded.isEmpty();
  }
}
