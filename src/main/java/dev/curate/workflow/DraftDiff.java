package dev.curate.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.file.Path;
import java.util.List;

/**
 * What regenerating a draft would change in the one on disk ({@code draft --diff}), as a unified
 * diff (the format of {@code diff -u} and {@code git diff}, so {@code patch} and pagers read it).
 * curate's marker at the end is left out of both sides: it holds a hash of what curate wrote and
 * differs whenever anything does, telling the editor nothing.
 */
public final class DraftDiff {
  /** Lines of context around each change, as {@code diff -u} gives. */
  static final int CONTEXT = 3;

  private DraftDiff() {}

  /**
   * @param current the draft as it is at {@code target}
   * @param regenerated the draft curate would write now, without its marker
   * @return the diff's lines, headed {@code --- target (on disk)} and {@code +++ target
   *     (regenerated)}; empty when nothing would change
   */
  public static List<String> unified(Path target, String current, String regenerated) {
    List<String> before = DraftFile.withoutMarker(current).lines().toList();
    String body = regenerated.endsWith("\n") ? regenerated : regenerated + "\n";
    List<String> after = body.lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    if (patch.getDeltas().isEmpty()) {
      return List.of();
    }
    return UnifiedDiffUtils.generateUnifiedDiff(
        target + " (on disk)", target + " (regenerated)", before, patch, CONTEXT);
  }
}
