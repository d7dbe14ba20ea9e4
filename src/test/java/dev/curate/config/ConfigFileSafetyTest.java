package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.error.ConfigException;
import dev.curate.error.ExitCode;
import dev.curate.testing.SpecialFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or mistaken configuration files: each is refused with one line naming the file, where and
 * what to do, before anything else happens. The fixtures and the public cases they follow are
 * described in {@code src/test/resources/fixtures/config/README.md}.
 */
class ConfigFileSafetyTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConfigFileSafetyTest.class.getResource("/fixtures/config/" + name).toURI());
  }

  private ConfigException refusal(Path file) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> loader.load(Optional.of(file), Map.of()));
    assertThat(thrown).isInstanceOf(ConfigException.class);
    ConfigException e = (ConfigException) thrown;
    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(e.getMessage()).startsWith("config file " + file).doesNotContain("\n");
    return e;
  }

  @Test
  void aKeyWrittenTwiceIsRefusedNamingItsLineAndPath() throws Exception {
    // Jackson and SnakeYAML would keep the second perPage (100) and drop the 50 the editor changed.
    Path file = fixture("duplicate-key.yaml");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + " line 18: key 'github.perPage' is written twice in the same mapping: keep one of them");
  }

  @Test
  void aKeyWrittenTwiceInAFlowMappingIsRefusedToo() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"), "shortlist: {repos: 3, threads: 4, repos: 5}\n");

    assertThat(refusal(file))
        .hasMessageContaining("line 1: key 'shortlist.repos' is written twice");
  }

  @Test
  void theSameKeyInDifferentMappingsIsFine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"),
            "github:\n  trending:\n    maxPages: 2\n  maxPagesPerQuery: 2\nreddit:\n  maxPages: 2\n");

    CurateConfig c = loader.load(Optional.of(file), Map.of());

    assertThat(c.reddit().maxPages()).isEqualTo(2);
    assertThat(c.github().maxPagesPerQuery()).isEqualTo(2);
  }

  @Test
  void aJavaTagIsRefusedNamingTheTagTheKeyAndTheLine() throws Exception {
    Path file = fixture("java-tag.yaml");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + " line 8, key 'reddit.subreddits', carries the tag"
                + " '!!javax.script.ScriptEngineManager': curate's configuration takes plain values only; remove the tag");
  }

  @Test
  void aTagDeeperInsideAValueIsFoundToo() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"),
            "github:\n  queries:\n    - topic:nlp\n    - !!java.net.URL [\"http://payload.invalid/\"]\n");

    assertThat(refusal(file))
        .hasMessageContaining("line 4, key 'github.queries[1]', carries the tag '!!java.net.URL'");
  }

  @Test
  void aLocalTagIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("curate.yaml"), "shortlist:\n  repos: !five 5\n");

    assertThat(refusal(file))
        .hasMessageContaining("key 'shortlist.repos', carries the tag '!five'");
  }

  @Test
  void theCoreSchemasTagsAreAccepted() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"),
            "reddit:\n  subreddits: !!seq [!!str MachineLearning]\nshortlist: !!map\n  repos: !!int 7\n");

    CurateConfig c = loader.load(Optional.of(file), Map.of());

    assertThat(c.reddit().subreddits()).containsExactly("MachineLearning");
    assertThat(c.shortlist().repos()).isEqualTo(7);
  }

  @Test
  void anAliasIsRefusedRatherThanReadAsItsAnchorsName() throws IOException {
    // Jackson does not follow aliases: the second query would have been the word "q".
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"), "github:\n  queries: [&q \"topic:nlp\", *q]\n");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + " line 2, key 'github.queries[1]', is the alias '*q':"
                + " curate's configuration does not follow aliases; write the value out");
  }

  @Test
  void aDurationTooLargeForJavaIsOneClearLine() throws IOException {
    Path file =
        Files.writeString(dir.resolve("curate.yaml"), "http:\n  maxWait: 99999999999999999999h\n");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + ": key 'http.maxWait': '99999999999999999999h' is"
                + " larger than any duration curate can use: write e.g. 5m or 1h");
  }

  @Test
  void aSecondDocumentIsRefusedRatherThanIgnored() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("curate.yaml"), "shortlist:\n  repos: 3\n---\nshortlist:\n  repos: 9\n");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + " line 4: a second YAML document begins here; curate reads one: put every key in a single document");
  }

  @Test
  void aLeadingDocumentMarkerIsOneDocument() throws IOException {
    Path file = Files.writeString(dir.resolve("curate.yaml"), "---\nshortlist:\n  repos: 3\n");

    assertThat(loader.load(Optional.of(file), Map.of()).shortlist().repos()).isEqualTo(3);
  }

  @Test
  void aSyntaxErrorIsOneLineWithTheLineAndTheProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("curate.yaml"), "reddit:\n\t- MachineLearning\n");

    assertThat(refusal(file))
        .hasMessage(
            "config file "
                + file
                + " is not valid YAML at line 2: found character"
                + " '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
  }

  @Test
  void aCharacterDeviceIsRefusedWithoutBeingRead() {
    // /dev/zero never ends: reading it whole ran out of memory. Only its type is looked at here.
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");

    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(zero));

    assertThat(e)
        .hasMessage(
            "config file /dev/zero is a character device, not a regular file: point --config at a YAML file");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = SpecialFiles.mkfifo(dir.resolve("curate.yaml"));

    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(fifo));

    assertThat(e)
        .hasMessage(
            "config file "
                + fifo
                + " is a FIFO (named pipe), not a regular file: point --config at a YAML file");
  }

  @Test
  void aDirectoryIsRefused() {
    assertThat(refusal(dir))
        .hasMessage(
            "config file "
                + dir
                + " is a directory, not a regular file: point --config at a YAML file");
  }

  @Test
  void aTwentyMegabyteValueIsRefusedAtOnceBySize() throws IOException {
    // One 20 MB token took SnakeYAML over two minutes (its read window grows 1 KiB at a time and
    // is copied whole each time): the size bound refuses the file before parsing starts.
    Path file = dir.resolve("curate.yaml");
    Files.writeString(file, "github:\n  queries: [" + "a".repeat(20 * 1024 * 1024) + "]\n");

    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(file));

    assertThat(e)
        .hasMessage(
            "config file "
                + file
                + " is larger than 256 KiB (it is 20.0 MiB): a configuration is a few"
                + " KiB (config/curate.yaml sets every key in 9 KiB); point --config at the right file");
  }

  @Test
  void theLongestTokenUnderTheBoundParsesQuickly() throws IOException {
    Path file = dir.resolve("curate.yaml");
    String head = "github:\n  queries: [";
    String tail = "]\n";
    int room = (int) ConfigLoader.MAX_FILE_BYTES - head.length() - tail.length();
    Files.writeString(file, head + "a".repeat(room) + tail);
    assertThat(Files.size(file)).isEqualTo(ConfigLoader.MAX_FILE_BYTES);

    CurateConfig c =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> loader.load(Optional.of(file), Map.of()));

    assertThat(c.github().queries()).singleElement().asString().hasSize(room);
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws IOException {
    Path file =
        Files.write(
            dir.resolve("curate.yaml"),
            "reddit:\n  subreddits: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(refusal(file))
        .hasMessage("config file " + file + " is not UTF-8 text: save it as UTF-8");
  }

  @Test
  void aFifoInTheConfigFolderIsRefusedNotPassedOver() throws Exception {
    Path configDir = Files.createDirectory(dir.resolve("conf"));
    Path fifo = SpecialFiles.mkfifo(configDir.resolve(Locations.CONFIG_FILE_NAME));

    Optional<Path> found =
        new Locations(Map.of(Locations.CONFIG_DIR, configDir.toString()), dir)
            .configFile(Optional.empty());

    assertThat(found).contains(fifo);
  }
}
