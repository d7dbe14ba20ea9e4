package dev.curate.reddit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of a Reddit listing, as the API sends it:
 * {@code {"kind":"Listing","data":{"after":..,"dist":..,"children":[{"kind":"t3","data":{..}}],"before":..}}}.
 * Reddit adds fields over time ({@code modhash}, {@code geo_filter}), so unknown ones are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Listing(String kind, Page data) {

  /**
   * @param after the fullname ({@code t3_...}) to pass as {@code after} for the next page; null at
   *     the end of the listing
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(String after, Integer dist, List<Thing> children, String before) {
    Page {
      children = children == null ? List.of() : List.copyOf(children);
    }
  }

  /** A child of a listing; submissions are kind {@code t3}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Thing(String kind, Post data) {}
}
