package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.Shortlist;
import dev.curate.rank.CandidateId;
import dev.curate.store.Store;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records a month as published ({@code curate publish}): its shortlist becomes what the series
 * featured, which later rankings leave out, and its URL goes into later drafts' archives.
 * Publishing a month again replaces both, e.g. after a re-rank or to add the URL; without {@code
 * --url} the URL given before is kept.
 */
public final class PublishService {
  private final Store store;
  private final Clock clock;

  public PublishService(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * @param previous the month's publication this one replaced, if it was published before
   */
  public record Published(Publication publication, Optional<Publication> previous) {}

  public Published publish(CalendarMonth month, Optional<String> url) {
    String checkedUrl = url.map(PublishService::checkUrl).orElse(null);
    Shortlist shortlist =
        store
            .shortlist(month)
            .orElseThrow(
                () ->
                    new CurateException(
                        ExitCode.FAILURE,
                        "no shortlist for "
                            + month
                            + " to publish: run 'curate rank --month "
                            + month
                            + "' first"));
    Optional<Publication> previous =
        store.publications().stream().filter(p -> p.month().equals(month)).findFirst();
    List<String> featured = new ArrayList<>();
    shortlist.repos().forEach(r -> featured.add(CandidateId.key(CandidateId.of(r.repo()))));
    shortlist.threads().forEach(t -> featured.add(CandidateId.key(CandidateId.of(t.thread()))));
    String keptUrl = checkedUrl != null ? checkedUrl : previous.map(Publication::url).orElse(null);
    Publication publication = new Publication(month, keptUrl, clock.instant(), featured);
    store.savePublication(publication);
    return new Published(publication, previous);
  }

  /** An absolute http(s) URL with a host: it becomes a link in every later draft. */
  static String checkUrl(String text) {
    String url = text.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below, with the same advice as any other bad URL
    }
    throw new UsageException(
        "--url '"
            + url
            + "' is not an http(s) address: give the issue's public URL,"
            + " e.g. --url https://example.com/2018/11/ml-roundup");
  }
}
