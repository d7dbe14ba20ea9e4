package dev.curate.enrich;

import java.util.Locale;
import java.util.Objects;

/**
 * A paper that a README, a description or a thread points to, named the way its archive names it.
 *
 * <p>arXiv ids carry no version: a roundup points readers at the paper, and the abs page without a
 * version always shows the latest one and lists the others. The same paper cited as {@code v1} in a
 * README and {@code v3} in a thread is therefore one paper, which cross-references need.
 *
 * @param source the archive
 * @param id the archive's identifier: {@code 1811.00002}, {@code hep-th/9901001}, {@code
 *     10.1145/3292500.3330701}, {@code rJl-b3RcF7}, {@code P19-1001}
 * @param url the paper's landing page (arXiv's abs page, not the PDF)
 */
public record Paper(Source source, String id, String url) {

  public Paper {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
  }

  public enum Source {
    ARXIV("arXiv:"),
    DOI("doi:"),
    OPENREVIEW("OpenReview "),
    ACL_ANTHOLOGY("ACL Anthology ");

    private final String prefix;

    Source(String prefix) {
      this.prefix = prefix;
    }
  }

  public static Paper arxiv(String id) {
    return new Paper(Source.ARXIV, id, "https://arxiv.org/abs/" + id);
  }

  public static Paper doi(String doi) {
    return new Paper(Source.DOI, doi, "https://doi.org/" + doi);
  }

  public static Paper openReview(String id) {
    return new Paper(Source.OPENREVIEW, id, "https://openreview.net/forum?id=" + id);
  }

  public static Paper aclAnthology(String id) {
    return new Paper(Source.ACL_ANTHOLOGY, id, "https://aclanthology.org/" + id + "/");
  }

  /**
   * How the draft names it: {@code arXiv:1811.00002}, {@code doi:10.1145/…}, {@code ACL Anthology
   * P19-1001}.
   */
  public String label() {
    return source.prefix + id;
  }

  /** Identity across spellings: DOIs are case-insensitive, so are arXiv's old archive names. */
  public String key() {
    return source + ":" + id.toLowerCase(Locale.ROOT);
  }
}
