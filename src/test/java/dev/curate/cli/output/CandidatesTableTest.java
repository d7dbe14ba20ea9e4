package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4180's quoting rules for {@code candidates --csv}. */
class CandidatesTableTest {
  @Test
  void aFieldWithACommaAQuoteOrALineBreakIsQuotedWithQuotesDoubled() {
    assertThat(CandidatesTable.csvField("plain text")).isEqualTo("plain text");
    assertThat(CandidatesTable.csvField("a, b")).isEqualTo("\"a, b\"");
    assertThat(CandidatesTable.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CandidatesTable.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CandidatesTable.csvField("")).isEmpty();
  }
}
