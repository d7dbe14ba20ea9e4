package dev.curate.rank;

/** Why a candidate was left out of the ranking; {@link #description()} is what {@code --explain} prints. */
public enum ExclusionReason {
  FORK("is a fork of another repository"),
  ARCHIVED("is archived"),
  STICKIED("is stickied by the moderators"),
  NSFW("is marked NSFW (over 18)"),
  REMOVED("was removed"),
  DELETED("was deleted by its author"),
  CREATION_TIME_UNKNOWN("has no creation time"),
  CREATED_OUTSIDE_MONTH("was created outside the month (UTC)");

  private final String description;

  ExclusionReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
