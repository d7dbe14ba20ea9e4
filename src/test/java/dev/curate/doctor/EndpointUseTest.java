package dev.curate.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which endpoints a fetch needs follows the configured sources and the Reddit app credentials. */
class EndpointUseTest {
  @TempDir Path dir;

  private List<Endpoint> needed(String yaml, boolean oauth) throws IOException {
    Path file = dir.resolve("curate.yaml");
    Files.writeString(file, yaml);
    CurateConfig config = new ConfigLoader().load(Optional.of(file), Map.of());
    EndpointUse use = new EndpointUse(config, oauth);
    return Arrays.stream(Endpoint.values()).filter(e -> use.notNeeded(e).isEmpty()).toList();
  }

  @Test
  void theShippedAutoSourcesNeedEverythingButOAuthWithoutAnApp() throws IOException {
    assertThat(needed("{}\n", false))
        .containsExactly(Endpoint.GITHUB, Endpoint.REDDIT, Endpoint.ARCHIVE, Endpoint.CLICKHOUSE);
    assertThat(needed("{}\n", true)).containsExactly(Endpoint.values());
  }

  @Test
  void searchAloneDoesNotNeedClickHouse() throws IOException {
    assertThat(needed("github:\n  source: search\n", true)).doesNotContain(Endpoint.CLICKHOUSE);
    assertThat(needed("github:\n  source: events\n", true)).contains(Endpoint.CLICKHOUSE);
  }

  @Test
  void theListingAloneDoesNotNeedTheArchiveAndTheArchiveAloneNeedsNoReddit() throws IOException {
    assertThat(needed("reddit:\n  source: api\n", true))
        .contains(Endpoint.REDDIT, Endpoint.REDDIT_OAUTH)
        .doesNotContain(Endpoint.ARCHIVE);
    assertThat(needed("reddit:\n  source: archive\n", true))
        .contains(Endpoint.ARCHIVE)
        .doesNotContain(Endpoint.REDDIT, Endpoint.REDDIT_OAUTH);
  }
}
