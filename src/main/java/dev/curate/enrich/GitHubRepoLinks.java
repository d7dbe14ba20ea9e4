package dev.curate.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub repositories a text links to, as lower-case {@code owner/name}: {@code
 * https://github.com/o/r}, {@code github.com/o/r.git}, {@code www.github.com/o/r/tree/main/x}, in
 * order of first appearance. Lower case because GitHub treats owner and name case-insensitively
 * ({@code NVIDIA/waveglow} and {@code nvidia/WaveGlow} are one repository).
 */
final class GitHubRepoLinks {
  // Owners: letters, digits, single hyphens, up to 39 characters. Names: letters, digits, . _ -.
  private static final Pattern REPO =
      Pattern.compile(
          "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?github\\.com/([a-z0-9](?:[a-z0-9-]{0,38}))/([a-z0-9._-]{1,100})");

  private GitHubRepoLinks() {}

  static List<String> in(String text) {
    if (text == null) {
      return List.of();
    }
    Set<String> repos = new LinkedHashSet<>();
    Matcher m = REPO.matcher(text);
    while (m.find()) {
      String name = m.group(2);
      if (name.toLowerCase(Locale.ROOT).endsWith(".git")) {
        name = name.substring(0, name.length() - 4);
      }
      name = stripTrailingDots(name); // "see github.com/o/r." ends a sentence
      if (!name.isEmpty()) {
        repos.add((m.group(1) + "/" + name).toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(repos);
  }

  /**
   * The lower-case {@code owner/name} a URL points into, or null when it is not a GitHub repository
   * URL.
   */
  static String repoOf(String url) {
    List<String> found = in(url);
    return found.isEmpty() || !url.strip().matches("(?i)(https?://)?(www\\.)?github\\.com/.*")
        ? null
        : found.get(0);
  }

  private static String stripTrailingDots(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
