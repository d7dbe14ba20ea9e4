package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curate.reddit.dump.MemoryMaps.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryMapsTest {
  private static final long WINDOW = 1L << 31;

  /** As proc(5) shows them, names padded after the inode. */
  private static final List<String> BEFORE =
      List.of(
          "55d0c6a00000-55d0c6a01000 r--p 00000000 fd:01 1311042                    /usr/bin/java",
          "55d0c7a2e000-55d0c7a4f000 rw-p 00000000 00:00 0                          [heap]",
          "7f3e80000000-7f3e80021000 rw-p 00000000 00:00 0 ",
          "7f3e80021000-7f3e84000000 ---p 00000000 00:00 0 ",
          "7f3e8a000000-7f3f0a061000 rw-p 00000000 00:00 0",
          "7f3f20000000-7f3fa0061000 rw-s 00000000 00:05 123                        /dev/shm/x (deleted)",
          "7ffd1b5f2000-7ffd1b613000 rw-p 00000000 00:00 0                          [stack]",
          "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]",
          "");

  private static String text(List<String> lines) {
    return String.join("\n", lines);
  }

  private static String plus(List<String> lines, String... more) {
    List<String> all = new java.util.ArrayList<>(lines);
    all.addAll(List.of(more));
    return text(all);
  }

  @Test
  void readsAddressesAndWhichMappingsArePrivateAnonymousMemory() {
    List<Region> regions = MemoryMaps.parse(text(BEFORE));

    assertThat(regions).hasSize(8);
    assertThat(regions.get(2)).isEqualTo(new Region(0x7f3e80000000L, 0x7f3e80021000L, true));
    assertThat(regions.get(7).start()).isEqualTo(0xffffffffff600000L);
    assertThat(regions)
        .filteredOn(Region::anonymousReadWrite)
        .extracting(Region::start)
        .containsExactly(0x7f3e80000000L, 0x7f3e8a000000L);
  }

  @Test
  void findsTheOneNewMappingOfTheWindowsSize() {
    String window = "7f3f40000000-7f3fc0061000 rw-p 00000000 00:00 0 ";

    assertThat(
            MemoryMaps.newMapping(
                MemoryMaps.parse(text(BEFORE)), MemoryMaps.parse(plus(BEFORE, window)), WINDOW))
        .contains(new Region(0x7f3f40000000L, 0x7f3fc0061000L, true));
  }

  @Test
  void aMappingThatWasThereBeforeIsNotTheWindow() {
    // 7f3e8a000000-7f3f0a061000 is already of the window's size.
    assertThat(
            MemoryMaps.newMapping(
                MemoryMaps.parse(text(BEFORE)), MemoryMaps.parse(text(BEFORE)), WINDOW))
        .isEmpty();
    assertThat(MemoryMaps.newMapping(List.of(), MemoryMaps.parse(text(BEFORE)), WINDOW))
        .contains(new Region(0x7f3e8a000000L, 0x7f3f0a061000L, true));
  }

  @Test
  void twoCandidatesAreNoAnswer() {
    String after =
        plus(
            BEFORE,
            "7f3f40000000-7f3fc0061000 rw-p 00000000 00:00 0",
            "7f4040000000-7f40c0061000 rw-p 00000000 00:00 0");

    assertThat(
            MemoryMaps.newMapping(MemoryMaps.parse(text(BEFORE)), MemoryMaps.parse(after), WINDOW))
        .isEmpty();
  }

  @Test
  void sharedNamedUnwritableSmallerOrMuchLargerMappingsAreNotTheWindow() {
    String after =
        plus(
            BEFORE,
            "7f4040000000-7f40c0061000 rw-s 00000000 00:05 9 /memfd:x (deleted)",
            "7f4140000000-7f41c0061000 r--p 00000000 00:00 0",
            "7f4240000000-7f42c0061000 rw-p 00000000 00:00 0 [anon:named]",
            "7f4340000000-7f43bfffffff rw-p 00000000 00:00 0",
            "7f4440000000-7f44c0500000 rw-p 00000000 00:00 0");

    assertThat(
            MemoryMaps.newMapping(MemoryMaps.parse(text(BEFORE)), MemoryMaps.parse(after), WINDOW))
        .isEmpty();
  }

  @Test
  void readsThisProcesssOwnMaps() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux's /proc");

    List<Region> own = MemoryMaps.parse(MemoryMaps.own());

    assertThat(own).isNotEmpty().anyMatch(Region::anonymousReadWrite);
    assertThat(own).allMatch(region -> Long.compareUnsigned(region.start(), region.end()) < 0);
  }
}
