package dev.curate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** ClickHouse's error text, as servers of each age write it. */
class ClickHouseErrorTest {
  @Test
  void aCurrentServersErrorGivesItsCodeNameAndMessage() {
    ClickHouseError e =
        ClickHouseError.parse(
            "Code: 60. DB::Exception: Unknown table expression identifier 'nope' in scope SELECT *"
                + " FROM nope. (UNKNOWN_TABLE) (version 25.10.1.3832 (official build))\n",
            OptionalInt.of(60));

    assertThat(e)
        .isEqualTo(
            new ClickHouseError(
                60,
                "UNKNOWN_TABLE",
                "Unknown table expression identifier 'nope' in scope SELECT * FROM nope"));
    assertThat(e.quoted()).startsWith("UNKNOWN_TABLE: Unknown table");
  }

  @Test
  void anOldServersErrorHasNoNameButItsCodeAndMessage() {
    // tinybird's knowledge base, "error codes": a ClickHouse 21.3 answer.
    ClickHouseError e =
        ClickHouseError.parse(
            "Code: 60, e.displayText() = DB::Exception: Table default.wtf doesn't exist (version"
                + " 21.3.1.1)",
            OptionalInt.empty());

    assertThat(e).isEqualTo(new ClickHouseError(60, "", "Table default.wtf doesn't exist"));
    assertThat(e.quoted()).isEqualTo("Code 60: Table default.wtf doesn't exist");
  }

  @Test
  void onlyTheServerBeingBusyIsWorthAskingAgain() {
    assertThat(new ClickHouseError(202, "TOO_MANY_SIMULTANEOUS_QUERIES", "").isTransient())
        .isTrue();
    assertThat(new ClickHouseError(201, "QUOTA_EXCEEDED", "").isTransient()).isFalse();
    assertThat(new ClickHouseError(307, "TOO_MANY_BYTES", "").isTransient()).isFalse();
  }

  @Test
  void aHeaderThatIsNoNumberIsNoCode() {
    assertThat(ClickHouseError.headerCode("60")).hasValue(60);
    assertThat(ClickHouseError.headerCode("sixty")).isEmpty();
    assertThat(ClickHouseError.headerCode(null)).isEmpty();
  }
}
