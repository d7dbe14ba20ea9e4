package dev.curate.doctor;

import dev.curate.github.RateLimits;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What would slow a fetch down without stopping it: warnings, each with what to do. */
final class BudgetWarnings {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private BudgetWarnings() {}

  static List<Finding> of(Budgets budgets, CredentialSources credentials) {
    List<Finding> warnings = new ArrayList<>();
    if (credentials.github().isEmpty()) {
      warnings.add(
          Finding.warning(
              "no GH_TOKEN or GITHUB_TOKEN: GitHub allows 10 searches a minute and 60 requests an"
                  + " hour without one, so a fetch measures fewer repositories; set GH_TOKEN to a"
                  + " personal access token"));
    }
    budgets
        .github()
        .ifPresent(
            limits -> {
              usedUp("core", limits.core()).ifPresent(warnings::add);
              usedUp("search", limits.search()).ifPresent(warnings::add);
            });
    if (credentials.redditUserAgent().isEmpty()) {
      warnings.add(
          Finding.warning(
              "REDDIT_USER_AGENT is not set: curate sends its own; Reddit asks each client for"
                  + " one naming its author: set REDDIT_USER_AGENT='<platform>:<app id>:<version>"
                  + " (by /u/<you>)'"));
    }
    return warnings;
  }

  private static Optional<Finding> usedUp(String name, RateLimits.Bucket bucket) {
    if (bucket.remaining() > 0) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.warning(
            "GitHub's "
                + name
                + " budget is used up until "
                + AT.format(bucket.resetAt())
                + ": a fetch before then waits for it (http.maxWait, --max-wait) or stops with"
                + " exit 75; fetch after the reset"));
  }
}
