package dev.curate.github;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;

/**
 * GitHub refused a search page past its cap: "422 Only the first 1000 search results are available"
 * (https://docs.github.com/en/rest/search/search#about-search). Not an error for a search that can
 * be narrowed: {@link CreatedRangeSearch} catches it and splits the range. It only reaches the user
 * if something other than a month search runs into the cap.
 */
final class SearchCapReached extends CurateException {
  private static final long serialVersionUID = 1L;

  /** GitHub's wording, matched by prefix and without thousands separators. */
  private static final String GITHUB_MESSAGE = "only the first 1000 search results are available";

  SearchCapReached(String message) {
    super(ExitCode.FAILURE, message);
  }

  static boolean isCapMessage(String gitHubSays) {
    return gitHubSays != null
        && gitHubSays
            .replace(",", "")
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith(GITHUB_MESSAGE);
  }
}
