package dev.curate.model;

import java.time.Instant;
import java.util.List;

/**
 * A GitHub repository as one fetch saw it. Nullable: description, language, license, homepage,
 * pushedAt (GitHub sends null for each of them on some repositories).
 *
 * @param id GitHub's numeric repository id, stable across renames
 * @param license the SPDX id where GitHub knows one (e.g. {@code MIT}), {@link
 *     #UNRECOGNISED_LICENSE} when GitHub found a license it cannot identify, else the license name
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
    Instant fetchedAt) {

  /** SPDX's "no assertion", which GitHub gives a license file it cannot identify. */
  public static final String UNRECOGNISED_LICENSE = "NOASSERTION";

  public Repo {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
