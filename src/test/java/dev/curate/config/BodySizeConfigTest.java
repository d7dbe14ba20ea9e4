package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code http.maxBodySize}: the most curate reads of one answer (issue 11, point 8). */
class BodySizeConfigTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  private CurateConfig load(String yaml) throws IOException {
    Path f = dir.resolve("curate.yaml");
    Files.writeString(f, yaml);
    return loader.load(Optional.of(f), Map.of());
  }

  @Test
  void theShippedLimitIsSixteenMegabytes() {
    assertThat(loader.load(Optional.empty(), Map.of()).http().maxBodySize())
        .isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void aUserFileSetsTheLimitWithAUnitAndKeepsTheOtherHttpKeys() throws IOException {
    CurateConfig c = load("http:\n  maxBodySize: 1536KB\n");

    assertThat(c.http().maxBodySize()).isEqualTo(1536L * 1024);
    assertThat(c.http().maxWait()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aValueWithoutAUnitIsRefusedWithTheFormatToUse() throws IOException {
    assertThatThrownBy(() -> load("http:\n  maxBodySize: lots\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'http.maxBodySize'")
        .hasMessageContaining(
            "'lots' is not a size: use a number and a unit, e.g. 512KB, 16MB, 1GB");
  }

  @Test
  void aLimitOutsideOneMegabyteToOneGigabyteIsRefused() throws IOException {
    assertThatThrownBy(() -> load("http:\n  maxBodySize: 2GB\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'http.maxBodySize' must be between 1MB and 1GB, got 2GB");
    assertThatThrownBy(() -> load("http:\n  maxBodySize: 100KB\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("got 100KB");
  }

  @Test
  void maxWaitFromTheCommandLineKeepsTheConfiguredLimit() throws IOException {
    HttpSettings http =
        load("http:\n  maxBodySize: 2MB\n").http().withMaxWait(Duration.ofMinutes(1));

    assertThat(http.maxBodySize()).isEqualTo(2L << 20);
    assertThat(http.maxWait()).isEqualTo(Duration.ofMinutes(1));
  }
}
