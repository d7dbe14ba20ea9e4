package dev.curate.testing;

import dev.curate.model.Repo;
import java.time.Instant;
import java.util.List;

/**
 * A {@link Repo} for a test, which names the fields it is about. The rest are those of a plain
 * Python repository created in mid-November 2018: owner, name, {@code htmlUrl} and a stable id
 * follow from the full name, the description from the name, {@code pushedAt} from {@code
 * createdAt}, unless the test sets them.
 */
public final class RepoBuilder {
  public static final Instant MID_NOVEMBER = Instant.parse("2018-11-15T12:00:00Z");
  public static final Instant FETCHED = Instant.parse("2018-12-01T06:00:00Z");

  private String fullName;
  private long id;
  private boolean idSet;
  private String owner;
  private boolean ownerSet;
  private String name;
  private boolean nameSet;
  private String htmlUrl;
  private boolean htmlUrlSet;
  private String description;
  private boolean descriptionSet;
  private int stars;
  private int forks;
  private int openIssues;
  private String language = "Python";
  private List<String> topics = List.of();
  private String license = "MIT";
  private String homepage;
  private Instant createdAt = MID_NOVEMBER;
  private Instant pushedAt;
  private boolean pushedAtSet;
  private boolean fork;
  private boolean archived;
  private Instant fetchedAt = FETCHED;
  private Integer watchers;

  private RepoBuilder(String fullName) {
    this.fullName = fullName;
  }

  /**
   * @param fullName {@code owner/name}
   */
  public static RepoBuilder repo(String fullName) {
    return new RepoBuilder(fullName);
  }

  /** Every field as {@code repo} has it, for a test that changes a few. */
  public static RepoBuilder from(Repo repo) {
    return new RepoBuilder(repo.fullName())
        .id(repo.id())
        .owner(repo.owner())
        .name(repo.name())
        .htmlUrl(repo.htmlUrl())
        .description(repo.description())
        .stars(repo.stars())
        .forks(repo.forks())
        .openIssues(repo.openIssues())
        .language(repo.language())
        .topics(repo.topics())
        .license(repo.license())
        .homepage(repo.homepage())
        .createdAt(repo.createdAt())
        .pushedAt(repo.pushedAt())
        .fork(repo.fork())
        .archived(repo.archived())
        .fetchedAt(repo.fetchedAt())
        .watchers(repo.watchers());
  }

  public RepoBuilder fullName(String fullName) {
    this.fullName = fullName;
    return this;
  }

  public RepoBuilder id(long id) {
    this.id = id;
    this.idSet = true;
    return this;
  }

  /** The owner, apart from the full name (which stays as it is). */
  public RepoBuilder owner(String owner) {
    this.owner = owner;
    this.ownerSet = true;
    return this;
  }

  /** The name, apart from the full name (which stays as it is). */
  public RepoBuilder name(String name) {
    this.name = name;
    this.nameSet = true;
    return this;
  }

  public RepoBuilder htmlUrl(String htmlUrl) {
    this.htmlUrl = htmlUrl;
    this.htmlUrlSet = true;
    return this;
  }

  public RepoBuilder description(String description) {
    this.description = description;
    this.descriptionSet = true;
    return this;
  }

  public RepoBuilder stars(int stars) {
    this.stars = stars;
    return this;
  }

  public RepoBuilder forks(int forks) {
    this.forks = forks;
    return this;
  }

  public RepoBuilder openIssues(int openIssues) {
    this.openIssues = openIssues;
    return this;
  }

  public RepoBuilder language(String language) {
    this.language = language;
    return this;
  }

  public RepoBuilder topics(List<String> topics) {
    this.topics = topics;
    return this;
  }

  public RepoBuilder topics(String... topics) {
    return topics(List.of(topics));
  }

  public RepoBuilder license(String license) {
    this.license = license;
    return this;
  }

  public RepoBuilder homepage(String homepage) {
    this.homepage = homepage;
    return this;
  }

  public RepoBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public RepoBuilder createdAt(String createdAt) {
    return createdAt(Instant.parse(createdAt));
  }

  public RepoBuilder pushedAt(Instant pushedAt) {
    this.pushedAt = pushedAt;
    this.pushedAtSet = true;
    return this;
  }

  public RepoBuilder fork(boolean fork) {
    this.fork = fork;
    return this;
  }

  public RepoBuilder archived(boolean archived) {
    this.archived = archived;
    return this;
  }

  public RepoBuilder fetchedAt(Instant fetchedAt) {
    this.fetchedAt = fetchedAt;
    return this;
  }

  /** GitHub's {@code subscribers_count}; unknown (null) unless set, as for a search result. */
  public RepoBuilder watchers(Integer watchers) {
    this.watchers = watchers;
    return this;
  }

  public Repo build() {
    String builtOwner = ownerSet ? owner : part(0);
    String builtName = nameSet ? name : part(1);
    return new Repo(
        idSet ? id : Math.abs((long) String.valueOf(fullName).hashCode()),
        fullName,
        builtOwner,
        builtName,
        htmlUrlSet ? htmlUrl : "https://github.com/" + fullName,
        descriptionSet ? description : "A repository called " + builtName,
        stars,
        forks,
        openIssues,
        language,
        topics,
        license,
        homepage,
        createdAt,
        pushedAtSet ? pushedAt : createdAt,
        fork,
        archived,
        fetchedAt,
        watchers);
  }

  private String part(int index) {
    String[] parts = fullName == null ? new String[0] : fullName.split("/", 2);
    return index < parts.length ? parts[index] : null;
  }
}
