package dev.curate.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a shortlist from candidates in rank order, greedily:
 *
 * <ol>
 *   <li>every candidate the editor picked, whatever its score and whatever would otherwise keep it
 *       out (a pick is the editor's decision); picks count towards the size and the caps;
 *   <li>then, by rank, every candidate with no standing reason against it (excluded, dropped,
 *       featured before), while the list is not full, unless diversity is on and its owner or its
 *       category already has as many as the caps allow.
 * </ol>
 *
 * Greedy by score is deliberate: the best candidate of each owner and area gets the place, and an
 * editor can predict the result from the ranked list. Every candidate left out gets its reasons.
 */
final class DiversitySelector {
  private final Caps caps;

  DiversitySelector(Caps caps) {
    this.caps = caps;
  }

  /**
   * @param ranked candidates in rank order; the decisions come back in the same order
   */
  List<Decision> select(List<Candidate> ranked, int size) {
    Map<String, List<String>> byOwner = new HashMap<>();
    Map<String, Integer> byCategory = new HashMap<>();
    Decision[] decisions = new Decision[ranked.size()];
    int taken = 0;
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      if (c.picked()) {
        decisions[i] = new Decision(true, c.standing());
        take(c, byOwner, byCategory);
        taken++;
      }
    }
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      if (c.picked()) {
        continue;
      }
      List<PassOver> reasons = new ArrayList<>(c.standing());
      if (reasons.isEmpty()) {
        if (taken >= size) {
          reasons.add(new PassOver.ShortlistFull(size));
        } else {
          List<String> sameOwner =
              c.owner() == null ? List.of() : byOwner.getOrDefault(ownerKey(c), List.of());
          if (sameOwner.size() >= caps.maxPerOwner()) {
            reasons.add(new PassOver.SameOwner(c.owner(), sameOwner));
          }
          if (byCategory.getOrDefault(c.category().slug(), 0) >= caps.maxPerCategory()) {
            reasons.add(new PassOver.AreaFull(c.category().slug(), caps.maxPerCategory()));
          }
        }
      }
      if (reasons.isEmpty()) {
        take(c, byOwner, byCategory);
        taken++;
      }
      decisions[i] = new Decision(reasons.isEmpty(), reasons);
    }
    return List.of(decisions);
  }

  private static void take(
      Candidate c, Map<String, List<String>> byOwner, Map<String, Integer> byCategory) {
    if (c.owner() != null) {
      byOwner.computeIfAbsent(ownerKey(c), k -> new ArrayList<>()).add(c.id());
    }
    byCategory.merge(c.category().slug(), 1, Integer::sum);
  }

  // GitHub logins are case-insensitive: NVIDIA and nvidia are one owner.
  private static String ownerKey(Candidate c) {
    return c.owner().toLowerCase(Locale.ROOT);
  }

  /**
   * How many of one owner and of one category the list may hold. {@link #OFF} for {@code
   * --no-diversity}, and for threads, which have no caps.
   */
  record Caps(int maxPerOwner, int maxPerCategory) {
    static final Caps OFF = new Caps(Integer.MAX_VALUE, Integer.MAX_VALUE);

    Caps {
      if (maxPerOwner < 1 || maxPerCategory < 1) {
        throw new IllegalArgumentException(
            "diversity caps must be 1 or more, got "
                + maxPerOwner
                + " per owner, "
                + maxPerCategory
                + " per area");
      }
    }
  }

  /**
   * @param id as printed by rank
   * @param owner the GitHub owner, null for a thread
   * @param standing reasons that keep it out whatever the list looks like (a pick overrides them)
   */
  record Candidate(
      String id, String owner, Category category, boolean picked, List<PassOver> standing) {
    Candidate {
      standing = List.copyOf(standing);
    }
  }

  /**
   * @param reasons why it was left out, or for a pick, what the pick overrode
   */
  record Decision(boolean selected, List<PassOver> reasons) {
    Decision {
      reasons = List.copyOf(reasons);
    }
  }
}
