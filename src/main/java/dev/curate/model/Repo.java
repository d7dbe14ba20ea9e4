package dev.curate.model;

import java.time.Instant;
import java.util.List;

/**
 * A GitHub repository as one fetch saw it. Nullable: description, language, license, homepage,
 * pushedAt (GitHub sends null for each of them on some repositories), watchers.
 *
 * @param id GitHub's numeric repository id, stable across renames
 * @param license the SPDX id where GitHub knows one (e.g. {@code MIT}), {@link
 *     #UNRECOGNISED_LICENSE} when GitHub found a license it cannot identify, else the license name
 * @param watchers the accounts watching it (GitHub's {@code subscribers_count}; its {@code
 *     watchers_count} is the star count), or null when unknown: only a repository's own answer
 *     ({@code GET /repos/{owner}/{repo}}) carries it, a search result never does
 */
public record Repo(
    long id,
    String fullName,
    String owner,
    String name,
    String htmlUrl,
    String description,
    int stars,
    int forks,
    int openIssues,
    String language,
    List<String> topics,
    String license,
    String homepage,
    Instant createdAt,
    Instant pushedAt,
    boolean fork,
    boolean archived,
    Instant fetchedAt,
    Integer watchers) {

  /** SPDX's "no assertion", which GitHub gives a license file it cannot identify. */
  public static final String UNRECOGNISED_LICENSE = "NOASSERTION";

  public Repo {
    topics = topics == null ? List.of() : List.copyOf(topics);
    if (watchers != null && watchers < 0) {
      throw new IllegalArgumentException("watchers must be zero or more, got " + watchers);
    }
  }

  /** Without watchers (unknown), as a search result has it. */
  public Repo(
      long id,
      String fullName,
      String owner,
      String name,
      String htmlUrl,
      String description,
      int stars,
      int forks,
      int openIssues,
      String language,
      List<String> topics,
      String license,
      String homepage,
      Instant createdAt,
      Instant pushedAt,
      boolean fork,
      boolean archived,
      Instant fetchedAt) {
    this(
        id,
        fullName,
        owner,
        name,
        htmlUrl,
        description,
        stars,
        forks,
        openIssues,
        language,
        topics,
        license,
        homepage,
        createdAt,
        pushedAt,
        fork,
        archived,
        fetchedAt,
        null);
  }

  /** The same repository with its watchers known. */
  public Repo withWatchers(Integer count) {
    return new Repo(
        id,
        fullName,
        owner,
        name,
        htmlUrl,
        description,
        stars,
        forks,
        openIssues,
        language,
        topics,
        license,
        homepage,
        createdAt,
        pushedAt,
        fork,
        archived,
        fetchedAt,
        count);
  }
}
