package dev.curate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceIdTest {
  @Test
  void keysAreWhatWorkspacesAndScriptsAlreadyHold() {
    assertThat(SourceId.GITHUB.key()).isEqualTo("github");
    assertThat(new SourceId.Subreddit("MachineLearning").key()).isEqualTo("reddit:MachineLearning");
  }

  @Test
  void aKeyParsesBackToItsSource() {
    assertThat(SourceId.parse("github")).isEqualTo(SourceId.GITHUB);
    assertThat(SourceId.parse("reddit:MachineLearning"))
        .isEqualTo(new SourceId.Subreddit("MachineLearning"));
  }

  @Test
  void aKeyOfNoKnownSourceIsRefused() {
    assertThatThrownBy(() -> SourceId.parse("mastodon:ml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'mastodon:ml'");
    assertThatThrownBy(() -> SourceId.parse("reddit:"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceId.parse("GitHub")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readMethodsKeepTheirStoredNames() {
    assertThat(ReadMethod.values())
        .extracting(ReadMethod::slug)
        .containsExactly("search", "events", "search+events", "listing", "archive", "dump");
    assertThat(ReadMethod.fromSlug("archive")).isEqualTo(ReadMethod.ARCHIVE);
  }
}
