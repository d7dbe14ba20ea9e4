package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZstdFrameHeaderTest {
  @TempDir Path dir;

  private static ZstdFrameHeader parse(byte[] frame) {
    return ZstdFrameHeader.parse(frame, Math.min(frame.length, ZstdFrameHeader.MAX_BYTES))
        .orElseThrow();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void aStreamedLongFrameDeclaresItsTwoGibibyteWindowAndNoSize() throws IOException {
    byte[] frame =
        Files.readAllBytes(Dumps.zstdLong(dir.resolve("d.zst"), "{\"id\":\"a\"}\n".repeat(100)));

    ZstdFrameHeader header = parse(frame);

    assertThat(header.windowBytes()).isEqualTo(1L << 31);
    assertThat(header.contentBytes()).isEmpty();
    assertThat(header.bufferBytes()).isEqualTo(1L << 31);
  }

  @Test
  void aFrameOfAKnownSizeNeedsNoMoreBufferThanItsContent() throws IOException {
    byte[] content = new byte[3 << 20];
    new Random(1).nextBytes(content);
    byte[] frame;
    try (ZstdCompressCtx zstd = new ZstdCompressCtx()) {
      frame = zstd.setLevel(3).setLong(27).compress(content);
    }

    ZstdFrameHeader header = parse(frame);

    assertThat(header.contentBytes()).hasValue(content.length);
    assertThat(header.bufferBytes()).isEqualTo(content.length);
  }

  @Test
  void readsTheContentSizeAsZstdDoesForEveryFieldWidth() {
    Random random = new Random(7);
    // 1-byte (single segment, below 256), 2-byte (counted from 256), 4-byte and larger fields.
    for (int size : new int[] {0, 1, 255, 256, 300, 65_791, 65_792, 70_000, 1 << 20}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      byte[] frame = Zstd.compress(content, 3);

      ZstdFrameHeader header = parse(frame);

      assertThat(header.contentBytes())
          .as("size %d", size)
          .hasValue(Zstd.getFrameContentSize(frame));
      assertThat(header.bufferBytes()).as("size %d", size).isLessThanOrEqualTo(Math.max(size, 1));
    }
  }

  @Test
  void aWindowDescriptorCountsItsMantissaInEighths() {
    // Exponent 17 (2^27), mantissa 3: 2^27 + 3 * 2^24.
    byte[] frame = bytes(0x28, 0xB5, 0x2F, 0xFD, 0x00, 17 << 3 | 3);

    ZstdFrameHeader header = parse(frame);

    assertThat(header.windowBytes()).isEqualTo((1L << 27) + 3 * (1L << 24));
    assertThat(header.contentBytes()).isEmpty();
  }

  @Test
  void theSizeComesAfterADictionaryId() {
    // Four-byte size (flag 2), two-byte dictionary id (flag 2), a window byte.
    byte[] frame = bytes(0x28, 0xB5, 0x2F, 0xFD, 0x82, 20 << 3, 0xAA, 0xBB, 0x78, 0x56, 0x34, 0x12);

    ZstdFrameHeader header = parse(frame);

    assertThat(header.windowBytes()).isEqualTo(1L << 30);
    assertThat(header.contentBytes()).isEqualTo(OptionalLong.of(0x12345678L));
    assertThat(header.bufferBytes()).isEqualTo(0x12345678L);
  }

  @Test
  void theLaunchersTrainingFrameDeclaresAWindowLargeEnoughToPrefault() {
    // What the curate launcher's train() writes: no size, a window of 2^27, a raw last block.
    byte[] frame = bytes(0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x88, 0x79, 0x07, 0x00);

    ZstdFrameHeader header = parse(frame);

    assertThat(header.windowBytes()).isEqualTo(1L << 27);
    assertThat(header.contentBytes()).isEmpty();
    assertThat(header.bufferBytes()).isGreaterThanOrEqualTo(WindowPrefaulter.SMALLEST);
  }

  @Test
  void whatIsNotAWholeFrameHeaderGivesNothing() {
    assertThat(ZstdFrameHeader.parse(bytes('{', '"', 'i', 'd', '"', ':'), 6)).isEmpty();
    // Cut before its four-byte size.
    assertThat(ZstdFrameHeader.parse(bytes(0x28, 0xB5, 0x2F, 0xFD, 0x80, 0x90, 1, 2), 8)).isEmpty();
    assertThat(ZstdFrameHeader.parse(bytes(0x28, 0xB5, 0x2F, 0xFD), 4)).isEmpty();
    // The reserved bit set: not a frame a decoder would accept.
    assertThat(ZstdFrameHeader.parse(bytes(0x28, 0xB5, 0x2F, 0xFD, 0x08, 0x90), 6)).isEmpty();
  }
}
