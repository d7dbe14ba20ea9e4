package dev.curate.reddit.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a Reddit listing, as the API sends it: {@code
 * {"kind":"Listing","data":{"after":..,"dist":..,"children":[{"kind":"t3","data":{..}}],"before":..}}}.
 * Reddit adds fields over time ({@code modhash}, {@code geo_filter}), so unknown ones are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Listing(String kind, Page data) {

  /**
   * @param after the fullname ({@code t3_...}) to pass as {@code after} for the next page; null at
   *     the end of the listing. Reddit's {@code dist} (the page's size) is not read: an absurd one
   *     must not cost the page.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(String after, List<Thing> children, String before) {
    Page {
      children = children == null ? List.of() : List.copyOf(children);
    }
  }

  /**
   * A child of a listing; submissions are kind {@code t3}. Its data stays a tree until {@link
   * PostReader} binds it, so that one post Jackson cannot bind costs only itself.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Thing(String kind, JsonNode data) {
    boolean isPost() {
      return "t3".equals(kind) && data != null && data.isObject();
    }
  }
}
