package dev.curate.preview;

import java.util.Objects;

/**
 * An image file beside the draft, read to be put into the page itself.
 *
 * @param mediaType e.g. {@code image/svg+xml}
 */
public record LocalImage(String mediaType, byte[] bytes) {
  public LocalImage {
    Objects.requireNonNull(mediaType, "mediaType");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
