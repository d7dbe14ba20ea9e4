package dev.curate.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies of lists bound from YAML. */
final class ConfigLists {
  private ConfigLists() {}

  /**
   * Unmodifiable, but null stays null and null entries stay: {@code List.copyOf} would throw a
   * NullPointerException inside Jackson, and {@link ConfigValidator} can say which key is wrong.
   */
  static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
