package dev.curate.reddit.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /api/v1/access_token}: {@code
 * {"access_token":..,"token_type":"bearer","expires_in":86400,"scope":"*"}}. Reddit reports some
 * failures with HTTP 200 and an {@code error} field instead (prawcore's {@code _request_token}
 * checks for it: "Why are these OKAY responses?").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccessToken(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn,
    String scope,
    String error) {

  @Override
  public String toString() {
    return "AccessToken[token_type="
        + tokenType
        + ", expires_in="
        + expiresIn
        + ", scope="
        + scope
        + "]";
  }
}
