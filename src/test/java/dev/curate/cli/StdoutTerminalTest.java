package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the terminal probe makes of what Linux and stty answer; the probe itself runs in a real
 * terminal in {@code RankInATerminalIT}.
 */
class StdoutTerminalTest {
  @Test
  void pseudoTerminalsConsolesAndTtysAreTerminals() {
    assertThat(StdoutTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/ttyS0")).isTrue();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/tty")).isTrue();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/console")).isTrue();
  }

  @Test
  void pipesFilesSocketsAndTheNullDeviceAreNot() {
    assertThat(StdoutTerminal.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(StdoutTerminal.isTerminalDevice("socket:[99]")).isFalse();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/null")).isFalse();
    assertThat(StdoutTerminal.isTerminalDevice("/home/ed/rank.tsv")).isFalse();
    assertThat(StdoutTerminal.isTerminalDevice("/tmp/dev/pts/1")).isFalse();
    assertThat(StdoutTerminal.isTerminalDevice("/dev/pts/ptmx")).isFalse();
  }

  @Test
  void columnsIsAPositiveNumberOrNothing() {
    assertThat(StdoutTerminal.columns("132")).isEqualTo(OptionalInt.of(132));
    assertThat(StdoutTerminal.columns(" 90\n")).isEqualTo(OptionalInt.of(90));
    assertThat(StdoutTerminal.columns(null)).isEmpty();
    assertThat(StdoutTerminal.columns("")).isEmpty();
    assertThat(StdoutTerminal.columns("wide")).isEmpty();
    assertThat(StdoutTerminal.columns("0")).isEmpty();
    assertThat(StdoutTerminal.columns("-80")).isEmpty();
  }

  @Test
  void sttySizeGivesRowsThenColumns() {
    assertThat(StdoutTerminal.sttySizeColumns("24 80\n")).isEqualTo(OptionalInt.of(80));
    assertThat(StdoutTerminal.sttySizeColumns("50 213")).isEqualTo(OptionalInt.of(213));
    assertThat(StdoutTerminal.sttySizeColumns("0 0\n")).as("a size never set").isEmpty();
    assertThat(StdoutTerminal.sttySizeColumns("stty: 'standard input': Inappropriate ioctl"))
        .isEmpty();
    assertThat(StdoutTerminal.sttySizeColumns("")).isEmpty();
  }
}
