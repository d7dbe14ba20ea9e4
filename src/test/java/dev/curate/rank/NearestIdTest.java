package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestIdTest {
  private static final List<String> IDS =
      List.of("openai/spinningup", "hanxiao/bert-as-service", "9ysmtn", "9xxm3w");

  @Test
  void aTypoFindsTheIdItWasMeantToBe() {
    assertThat(NearestId.to("openai/spinnigup", IDS)).contains("openai/spinningup");
    assertThat(NearestId.to("OpenAI/SpinningUp ", IDS)).contains("openai/spinningup");
    assertThat(NearestId.to("hanxiao/bert-as-servcie", IDS)).contains("hanxiao/bert-as-service");
    assertThat(NearestId.to("9ysmtm", IDS)).contains("9ysmtn");
    assertThat(NearestId.to("t3_9ysmtm", IDS)).contains("9ysmtn");
  }

  @Test
  void somethingElseEntirelyHasNoSuggestion() {
    assertThat(NearestId.to("openai/gym", IDS)).isEmpty();
    assertThat(NearestId.to("abcdef", IDS)).isEmpty();
    assertThat(NearestId.to("x", IDS)).isEmpty();
    assertThat(NearestId.to("openai/spinnigup", List.of())).isEmpty();
  }

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(NearestId.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearestId.distance("", "abc")).isEqualTo(3);
    assertThat(NearestId.distance("same", "same")).isZero();
  }
}
