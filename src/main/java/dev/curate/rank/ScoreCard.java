package dev.curate.rank;

import java.util.List;

/** A score in [0, 1] and the components it was computed from. */
record ScoreCard(double score, List<ScoreComponent> components) {
  ScoreCard {
    components = List.copyOf(components);
  }
}
