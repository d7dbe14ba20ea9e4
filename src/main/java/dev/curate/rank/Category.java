package dev.curate.rank;

import java.util.Objects;

/**
 * An area of a repository ({@code nlp}) or a kind of thread ({@code discussion}).
 *
 * @param slug what {@code rank --json} prints and the diversity caps count by
 * @param name what an editor reads
 */
public record Category(String slug, String name) {
  /** Where a candidate goes when no rule matches it. */
  public static final Category OTHER = new Category("other", "Other");

  public Category {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
  }
}
