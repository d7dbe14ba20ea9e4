package dev.curate.cli.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.curate.cli.output.ShortlistJson.CoverageDoc;
import dev.curate.cli.output.ShortlistJson.RepoDoc;
import dev.curate.cli.output.ShortlistJson.ThreadDoc;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.SourceCoverage;
import dev.curate.rank.Candidacy;
import dev.curate.workflow.Candidates;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code candidates --json}: the shape of {@code rank --json} ({@link ShortlistJson}, whose item
 * writers it reuses, so that a script reads both alike) with {@code schemaVersion} first and, per
 * item, {@code eligible} and {@code excludedBecause} (null, or a slug such as {@code fork} or
 * {@code featured:2018-11}). {@code rank} is the item's place on the shortlist {@code rank} would
 * make with its defaults, null when it would not be on it. One object on one line.
 */
public final class CandidatesJson {
  private final JsonOutput json = new JsonOutput();

  public void write(Candidates candidates, List<SourceCoverage> coverage, Writer out)
      throws IOException {
    json.write(
        new Doc(
            candidates.month().toString(),
            candidates.repos().stream().map(CandidatesJson::repo).toList(),
            candidates.threads().stream().map(CandidatesJson::thread).toList(),
            ShortlistJson.coverage(coverage)),
        out);
  }

  private static RepoCandidateDoc repo(Candidacy<RankedRepo> c) {
    return new RepoCandidateDoc(
        ShortlistJson.repo(c.entry()),
        c.explanation().eligible(),
        c.explanation().excludedBecause().orElse(null));
  }

  private static ThreadCandidateDoc thread(Candidacy<RankedThread> c) {
    return new ThreadCandidateDoc(
        ShortlistJson.thread(c.entry()),
        c.explanation().eligible(),
        c.explanation().excludedBecause().orElse(null));
  }

  @JsonPropertyOrder({"month", "repos", "threads", "coverage"})
  record Doc(
      String month,
      List<RepoCandidateDoc> repos,
      List<ThreadCandidateDoc> threads,
      Map<String, CoverageDoc> coverage) {}

  record RepoCandidateDoc(@JsonUnwrapped RepoDoc item, boolean eligible, String excludedBecause) {}

  record ThreadCandidateDoc(
      @JsonUnwrapped ThreadDoc item, boolean eligible, String excludedBecause) {}
}
