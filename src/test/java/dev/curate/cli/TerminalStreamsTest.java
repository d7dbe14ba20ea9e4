package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the terminal probe makes of what Linux and stty answer; the probe itself runs in a real
 * terminal in {@code RankInATerminalIT}.
 */
class TerminalStreamsTest {
  @Test
  void pseudoTerminalsConsolesAndTtysAreTerminals() {
    assertThat(TerminalStreams.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(TerminalStreams.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(TerminalStreams.isTerminalDevice("/dev/ttyS0")).isTrue();
    assertThat(TerminalStreams.isTerminalDevice("/dev/tty")).isTrue();
    assertThat(TerminalStreams.isTerminalDevice("/dev/console")).isTrue();
  }

  @Test
  void pipesFilesSocketsAndTheNullDeviceAreNot() {
    assertThat(TerminalStreams.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(TerminalStreams.isTerminalDevice("socket:[99]")).isFalse();
    assertThat(TerminalStreams.isTerminalDevice("/dev/null")).isFalse();
    assertThat(TerminalStreams.isTerminalDevice("/home/ed/rank.tsv")).isFalse();
    assertThat(TerminalStreams.isTerminalDevice("/tmp/dev/pts/1")).isFalse();
    assertThat(TerminalStreams.isTerminalDevice("/dev/pts/ptmx")).isFalse();
  }

  @Test
  void columnsIsAPositiveNumberOrNothing() {
    assertThat(TerminalStreams.columns("132")).isEqualTo(OptionalInt.of(132));
    assertThat(TerminalStreams.columns(" 90\n")).isEqualTo(OptionalInt.of(90));
    assertThat(TerminalStreams.columns(null)).isEmpty();
    assertThat(TerminalStreams.columns("")).isEmpty();
    assertThat(TerminalStreams.columns("wide")).isEmpty();
    assertThat(TerminalStreams.columns("0")).isEmpty();
    assertThat(TerminalStreams.columns("-80")).isEmpty();
  }

  @Test
  void sttySizeGivesRowsThenColumns() {
    assertThat(TerminalStreams.sttySizeColumns("24 80\n")).isEqualTo(OptionalInt.of(80));
    assertThat(TerminalStreams.sttySizeColumns("50 213")).isEqualTo(OptionalInt.of(213));
    assertThat(TerminalStreams.sttySizeColumns("0 0\n")).as("a size never set").isEmpty();
    assertThat(TerminalStreams.sttySizeColumns("stty: 'standard input': Inappropriate ioctl"))
        .isEmpty();
    assertThat(TerminalStreams.sttySizeColumns("")).isEmpty();
  }
}
