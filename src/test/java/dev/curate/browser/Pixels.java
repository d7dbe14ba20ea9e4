package dev.curate.browser;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What a screenshot holds, counted: enough to tell a drawn page from a blank or broken one. */
record Pixels(int[] rgb) {
  static Pixels of(BufferedImage image) {
    return new Pixels(
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
  }

  int distinctColours() {
    Set<Integer> colours = new HashSet<>();
    for (int p : rgb) {
      colours.add(p & 0xffffff);
    }
    return colours.size();
  }

  /** The share of pixels within {@code tolerance} of {@code colour} in each channel. */
  double share(int colour, int tolerance) {
    int near = 0;
    for (int p : rgb) {
      if (Math.abs(((p >> 16) & 0xff) - ((colour >> 16) & 0xff)) <= tolerance
          && Math.abs(((p >> 8) & 0xff) - ((colour >> 8) & 0xff)) <= tolerance
          && Math.abs((p & 0xff) - (colour & 0xff)) <= tolerance) {
        near++;
      }
    }
    return (double) near / rgb.length;
  }
}
