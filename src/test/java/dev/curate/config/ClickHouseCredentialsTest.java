package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClickHouseCredentialsTest {
  @Test
  void withoutVariablesTheyAreThePlaygroundsReadOnlyUserWithoutPassword() {
    ClickHouseCredentials c = ClickHouseCredentials.fromEnvironment(Map.of());

    assertThat(c.user()).isEqualTo("play");
    assertThat(c.password()).isEmpty();
  }

  @Test
  void theVariablesNameTheAccountAndThePasswordStaysASecret() {
    ClickHouseCredentials c =
        ClickHouseCredentials.fromEnvironment(
            Map.of("CLICKHOUSE_USER", " curate ", "CLICKHOUSE_PASSWORD", "pa ss-Word_42"));

    assertThat(c.user()).isEqualTo("curate");
    assertThat(c.password().orElseThrow().reveal()).isEqualTo("pa ss-Word_42");
    assertThat(c.toString()).doesNotContain("pa ss-Word_42").contains("[redacted]");
  }

  @Test
  void anEmptyPasswordIsNoPassword() {
    assertThat(ClickHouseCredentials.fromEnvironment(Map.of("CLICKHOUSE_PASSWORD", "")).password())
        .isEmpty();
  }
}
