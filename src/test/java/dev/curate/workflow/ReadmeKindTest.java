package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.plan.Purpose;
import org.junit.jupiter.api.Test;

class ReadmeKindTest {
  @Test
  void theReadmesKindIsThePlansName() {
    // FetchService counts READMEs under the plan's kind without knowing plan: the two must agree,
    // or the summary would word them as "other requests".
    assertThat(FetchService.README_KIND).isEqualTo(Purpose.Kind.README.name());
  }
}
