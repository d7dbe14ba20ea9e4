package dev.curate.reddit.post;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The fields of a submission ({@code t3}) that curate reads; Reddit sends a hundred more. Boxed
 * types, because Reddit omits fields on some posts: required ones are checked by {@link
 * ThreadMapper}, optional ones defaulted there.
 *
 * @param score Reddit's score, and {@code numComments} its comment count: any JSON number binds, so
 *     that {@link ThreadMapper} can tell an absurd one ({@code 1e300}) of one post from a page
 *     Jackson cannot read
 * @param createdUtc epoch seconds as a JSON float ({@code 1542748413.0}); a BigDecimal keeps it
 *     exact
 * @param removedByCategory {@code moderator}, {@code deleted}, {@code reddit}, ... or null
 * @param retrievedOn when an archive collected the post, epoch seconds: Pushshift and Arctic Shift
 *     dumps and the Arctic Shift API call it {@code retrieved_on}; some later dumps {@code
 *     retrieved_utc}. Reddit's own answers have neither.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Post(
    String id,
    String name,
    String subreddit,
    String title,
    String author,
    BigDecimal score,
    @JsonProperty("num_comments") BigDecimal numComments,
    @JsonProperty("upvote_ratio") Double upvoteRatio,
    @JsonProperty("created_utc") BigDecimal createdUtc,
    String permalink,
    String url,
    @JsonProperty("link_flair_text") String linkFlairText,
    @JsonProperty("is_self") Boolean isSelf,
    String selftext,
    @JsonProperty("over_18") Boolean over18,
    Boolean stickied,
    @JsonProperty("removed_by_category") String removedByCategory,
    @JsonProperty("retrieved_on") @JsonAlias("retrieved_utc") BigDecimal retrievedOn) {}
