package dev.curate.draft;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A post's own media on Reddit, which its {@code url} points to instead of a page elsewhere: an
 * image on {@code i.redd.it} (or its {@code preview.redd.it} copy), a video on {@code v.redd.it}, a
 * gallery at {@code reddit.com/gallery/<id>} (the thread itself). "Links to reddit.com:
 * https://www.reddit.com/gallery/…" would send the reader round in a circle; the draft says
 * "gallery" instead. The shapes are those of Reddit's answers: PRAW's cassette
 * TestSubreddit.test_submit_gallery.json ({@code "url": "https://www.reddit.com/gallery/huw6vs"},
 * {@code "is_gallery": true}, {@code "domain": "reddit.com"}) and the November 2018 dump's field
 * set (arctic_shift schemas/RS/2018/RS_2018-11.ts: {@code "domain": "i.redd.it"}, {@code
 * "post_hint": "image"}; {@code "v.redd.it"}, {@code "is_video": true}, {@code "hosted:video"}).
 */
enum RedditMedia {
  IMAGE("imagePost"),
  GALLERY("gallery"),
  VIDEO("videoPost");

  private final String textKey;

  RedditMedia(String textKey) {
    this.textKey = textKey;
  }

  /** The key of the draft's text that names it ("image post", "gallery", "video post"). */
  String textKey() {
    return textKey;
  }

  /** The media a post's URL is, or empty for a page elsewhere (or no URL). */
  static Optional<RedditMedia> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    return switch (host) {
      case "i.redd.it", "preview.redd.it" -> Optional.of(IMAGE);
      case "v.redd.it" -> Optional.of(VIDEO);
      default ->
          (host.equals("reddit.com") || host.endsWith(".reddit.com"))
                  && path.startsWith("/gallery/")
              ? Optional.of(GALLERY)
              : Optional.empty();
    };
  }
}
