package dev.curate.rank;

/**
 * Why a candidate was left out of the ranking: {@link #label()} is the short form {@code --explain}
 * prints after "excluded:", {@link #description()} the sentence, {@link #slug()} the stable value
 * {@code candidates --json} carries in {@code excludedBecause} (several reasons share one: the
 * editor needs to know a repository is junk, scripts need not tell the junk rules apart).
 */
public enum ExclusionReason {
  FORK("fork", "fork", "is a fork of another repository"),
  ARCHIVED("archived", "archived", "is archived"),
  STICKIED("stickied", "stickied", "is stickied by the moderators"),
  NSFW("nsfw", "nsfw", "is marked NSFW (over 18)"),
  REMOVED("removed", "removed", "was removed"),
  DELETED("deleted", "deleted", "was deleted by its author"),
  CREATION_TIME_UNKNOWN("outside-month", "no creation time", "has no creation time"),
  CREATED_OUTSIDE_MONTH(
      "outside-month",
      "created outside the month",
      "was created outside the month (UTC), and no stars it gained in the month were measured"),
  NO_DESCRIPTION_OR_README(
      "junk", "no description or README", "has neither a description nor a README"),
  BLOCKLISTED("junk", "blocklisted", "has a word of junk.blocklist in its name or description");

  private final String slug;
  private final String label;
  private final String description;

  ExclusionReason(String slug, String label, String description) {
    this.slug = slug;
    this.label = label;
    this.description = description;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
