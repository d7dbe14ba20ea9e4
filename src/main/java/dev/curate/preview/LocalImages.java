package dev.curate.preview;

import java.util.Optional;

/** Finds the image a draft's relative link names, e.g. {@code 2018-11/NVIDIA-waveglow.svg}. */
@FunctionalInterface
public interface LocalImages {
  /**
   * @param destination the link as the draft writes it (percent-encoded, relative to the draft)
   * @return the image, or empty when there is none to show (missing, not an image, outside the
   *     draft's folder, too large)
   */
  Optional<LocalImage> find(String destination);
}
