package dev.curate.rank;

/**
 * Why a candidate was left out of the ranking: {@link #label()} is the short form {@code --explain}
 * prints after "excluded:", {@link #description()} the sentence.
 */
public enum ExclusionReason {
  FORK("fork", "is a fork of another repository"),
  ARCHIVED("archived", "is archived"),
  STICKIED("stickied", "is stickied by the moderators"),
  NSFW("nsfw", "is marked NSFW (over 18)"),
  REMOVED("removed", "was removed"),
  DELETED("deleted", "was deleted by its author"),
  CREATION_TIME_UNKNOWN("no creation time", "has no creation time"),
  CREATED_OUTSIDE_MONTH(
      "created outside the month",
      "was created outside the month (UTC), and no stars it gained in the month were measured"),
  NO_DESCRIPTION_OR_README("no description or README", "has neither a description nor a README"),
  BLOCKLISTED("blocklisted", "has a word of junk.blocklist in its name or description");

  private final String label;
  private final String description;

  ExclusionReason(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
