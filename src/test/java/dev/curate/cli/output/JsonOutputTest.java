package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one way curate's JSON documents are written: rank --json, and every --json after it. */
class JsonOutputTest {
  private final JsonOutput json = new JsonOutput();

  @JsonPropertyOrder({"month", "items", "note"})
  record Doc(String month, List<Map<String, Object>> items, String note) {}

  @Test
  void everyDocumentStartsWithItsSchemaVersionThenItsOwnFieldsInOrder() {
    assertThat(json.toJson(new Doc("2018-11", List.of(Map.of("id", "9ysmtn")), null)))
        .isEqualTo(
            "{\"schemaVersion\":1,\"month\":\"2018-11\",\"items\":[{\"id\":\"9ysmtn\"}],\"note\":null}");
  }

  @Test
  void stringsLeaveWithoutInvisibleCharactersAtAnyDepthButWithTheirLineBreaks() {
    String out =
        json.toJson(new Doc("\u202E2018-11", List.of(Map.of("title", "a\u200Bb\nc")), "x\u2066y"));

    assertThat(out).doesNotContain("\u202E", "\u200B", "\u2066").contains("ab\\nc", "\"xy\"");
  }

  @Test
  void writesOneLineAndLeavesTheStreamOpen() throws IOException {
    StringWriter out = new StringWriter();
    json.write(new Doc("2018-11", List.of(), "n"), out);
    out.write("after");

    assertThat(out.toString())
        .isEqualTo(json.toJson(new Doc("2018-11", List.of(), "n")) + "\nafter");
  }

  @Test
  void aDocumentIsAnObject() {
    assertThatThrownBy(() -> json.toJson(List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object");
  }
}
