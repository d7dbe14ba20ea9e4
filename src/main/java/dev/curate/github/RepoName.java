package dev.curate.github;

import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A repository's {@code owner/name} that is safe to put in a URL, a store row or a path: checked
 * against GitHub's rules before anything uses it, because a search answer is only data. A {@code
 * full_name} of {@code ../x} would otherwise climb out of {@code /repos/} (OkHttp resolves {@code
 * ..} segments) and rewrite which API path is asked.
 *
 * <p>Owner: a user or organisation login, letters, digits and hyphens, at most 39 characters,
 * beginning with a letter or digit ("Username may only contain alphanumeric characters or single
 * hyphens, and cannot begin or end with a hyphen"); double and trailing hyphens of old accounts and
 * GitHub Enterprise's underscores are let through. Name: "can only contain ASCII letters, digits,
 * and the characters {@code .}, {@code -}, and {@code _}", at most 100 characters, and never {@code
 * .} or {@code ..} (GitHub reserves them).
 */
record RepoName(String owner, String name) {
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,38}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /**
   * Any repository, in a planned request's URL template ({@code /repos/{owner}/{repo}/readme}): no
   * name GitHub allows, so it is never sent, only shown and matched.
   */
  static final RepoName PLACEHOLDER = new RepoName("{owner}", "{repo}");

  /** The name when {@code fullName} is exactly {@code owner/name} by GitHub's rules; else empty. */
  static Optional<RepoName> parse(String fullName) {
    if (fullName == null) {
      return Optional.empty();
    }
    int slash = fullName.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String owner = fullName.substring(0, slash);
    String name = fullName.substring(slash + 1);
    if (!OWNER.matcher(owner).matches()
        || !NAME.matcher(name).matches()
        || name.equals(".")
        || name.equals("..")) {
      return Optional.empty();
    }
    return Optional.of(new RepoName(owner, name));
  }

  /** {@code base/repos/{owner}/{name}}, each part one path segment. */
  HttpUrl.Builder url(HttpUrl.Builder base) {
    return base.addPathSegment("repos").addPathSegment(owner).addPathSegment(name);
  }

  String fullName() {
    return owner + "/" + name;
  }
}
