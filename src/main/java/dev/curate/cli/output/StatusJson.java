package dev.curate.cli.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.curate.cli.output.ShortlistJson.CoverageDoc;
import dev.curate.workflow.MonthStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code status --json}: {@code schemaVersion}, then {@code months}, oldest first, each with {@code
 * month}, {@code fetchedAt}, {@code coverage} (as {@code rank --json} writes it), {@code shortlist}
 * ({@code repos}, {@code threads} counts), {@code draft} ({@code path}, {@code edited}) and {@code
 * published} ({@code url}, {@code at}); the last three null when there is none. One line.
 */
public final class StatusJson {
  private final JsonOutput json = new JsonOutput();

  public void write(List<MonthStatus> months, Writer out) throws IOException {
    json.write(new Doc(months.stream().map(StatusJson::month).toList()), out);
  }

  private static MonthDoc month(MonthStatus m) {
    return new MonthDoc(
        m.month().toString(),
        ShortlistJson.instant(m.fetchedAt()),
        ShortlistJson.coverage(m.coverage()),
        m.shortlist().map(s -> new ShortlistDoc(s.repos(), s.threads())).orElse(null),
        m.draft().map(d -> new DraftDoc(d.path().toString(), d.edited())).orElse(null),
        m.published()
            .map(p -> new PublishedDoc(p.url(), ShortlistJson.instant(p.publishedAt())))
            .orElse(null));
  }

  @JsonPropertyOrder({"months"})
  record Doc(List<MonthDoc> months) {}

  @JsonPropertyOrder({"month", "fetchedAt", "coverage", "shortlist", "draft", "published"})
  record MonthDoc(
      String month,
      String fetchedAt,
      Map<String, CoverageDoc> coverage,
      ShortlistDoc shortlist,
      DraftDoc draft,
      PublishedDoc published) {}

  @JsonPropertyOrder({"repos", "threads"})
  record ShortlistDoc(int repos, int threads) {}

  @JsonPropertyOrder({"path", "edited"})
  record DraftDoc(String path, boolean edited) {}

  @JsonPropertyOrder({"url", "at"})
  record PublishedDoc(String url, String at) {}
}
