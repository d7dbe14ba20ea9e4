package dev.curate.reddit.dump;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a zstd frame's header says about the memory its decoder needs (RFC 8878, 3.1.1.1): the
 * window, and the content's size when the frame states it. A streaming decoder keeps a buffer of
 * the smaller of the two, and touches it whole before it wraps.
 *
 * @param windowBytes the window the frame declares; the content's size in a single-segment frame
 * @param contentBytes the decompressed size, when the frame states it
 */
record ZstdFrameHeader(long windowBytes, OptionalLong contentBytes) {
  /** The magic number, four bytes, then at most 1 + 1 + 4 + 8 bytes of header. */
  static final int MAX_BYTES = 4 + 14;

  private static final int MAGIC = 0xFD2FB528;

  /**
   * The header at the start of {@code bytes[0, length)}; empty if they are not a zstd frame's
   * start, or cut short before the sizes.
   */
  static Optional<ZstdFrameHeader> parse(byte[] bytes, int length) {
    if (length < 6 || littleEndian(bytes, 0, 4) != (MAGIC & 0xFFFFFFFFL)) {
      return Optional.empty();
    }
    int descriptor = bytes[4] & 0xFF;
    int contentSizeFlag = descriptor >>> 6;
    boolean singleSegment = (descriptor & 0x20) != 0;
    if ((descriptor & 0x08) != 0) {
      return Optional.empty(); // the reserved bit: a frame this decoder would refuse
    }
    int dictionaryIdBytes = new int[] {0, 1, 2, 4}[descriptor & 0x03];
    int contentSizeBytes = new int[] {singleSegment ? 1 : 0, 2, 4, 8}[contentSizeFlag];
    int at = 5;
    long window = 0;
    if (!singleSegment) {
      int windowDescriptor = bytes[at++] & 0xFF;
      int windowLog = 10 + (windowDescriptor >>> 3);
      long base = 1L << windowLog;
      window = base + (base / 8) * (windowDescriptor & 0x07);
    }
    at += dictionaryIdBytes;
    if (at + contentSizeBytes > length) {
      return Optional.empty();
    }
    OptionalLong content = OptionalLong.empty();
    if (contentSizeBytes > 0) {
      long size = littleEndian(bytes, at, contentSizeBytes);
      // A two-byte field counts from 256 (3.1.1.1.4).
      content = OptionalLong.of(contentSizeBytes == 2 ? size + 256 : size);
    }
    if (singleSegment) {
      window = content.getAsLong();
    }
    return Optional.of(new ZstdFrameHeader(window, content));
  }

  /** The bytes of the decoder's buffer that decompressing this frame writes to. */
  long bufferBytes() {
    return contentBytes.isPresent() ? Math.min(windowBytes, contentBytes.getAsLong()) : windowBytes;
  }

  private static long littleEndian(byte[] bytes, int at, int count) {
    long value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = value << 8 | (bytes[at + i] & 0xFF);
    }
    return value;
  }
}
