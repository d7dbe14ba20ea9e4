package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.enrich.Paper.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperLinksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://arxiv.org/abs/1811.00002 | 1811.00002",
        "https://arxiv.org/abs/1811.00002v3 | 1811.00002",
        "http://arxiv.org/pdf/1811.10597.pdf | 1811.10597",
        "https://arxiv.org/pdf/1811.10597v2.pdf | 1811.10597",
        "https://arxiv.org/pdf/1811.10597 | 1811.10597",
        "https://www.arxiv.org/abs/2105.12345 | 2105.12345",
        "https://export.arxiv.org/abs/0706.0001 | 0706.0001",
        "https://arxiv.org/html/2402.01234v1 | 2402.01234",
        "HTTPS://ARXIV.ORG/ABS/1811.00002 | 1811.00002",
        "https://arxiv.org/abs/cs/0112017 | cs/0112017",
        "https://arxiv.org/abs/hep-th/9901001v2 | hep-th/9901001",
        "https://arxiv.org/pdf/math.GT/0309136.pdf | math.GT/0309136",
        "see arXiv:1811.00002v1 for details | 1811.00002",
        "arXiv preprint arXiv:1810.04805 (2018) | 1810.04805",
        "(arXiv 1412.6980) | 1412.6980",
        "arXiv:hep-th/9901001 | hep-th/9901001",
        "https://doi.org/10.48550/arXiv.1811.00002 | 1811.00002"
      })
  void normalisesArxivLinksToTheAbsPageWithoutVersion(String text, String id) {
    assertThat(PaperLinks.in(text))
        .containsExactly(new Paper(Source.ARXIV, id, "https://arxiv.org/abs/" + id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version 1811.00002 of the data", // an arXiv-shaped number with no arXiv around it
        "https://arxiv.org/abs/1813.00002", // no 13th month
        "https://arxiv.org/abs/1811.000023", // six digits is not an id, and not a shorter one
        // either
        "arxiv.org/list/cs.LG/recent",
        "released 2018-11-01, v1.0"
      })
  void findsNoPaperInTextThatOnlyLooksLikeOne(String text) {
    assertThat(PaperLinks.in(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cite doi:10.1145/3306346.3323023. | 10.1145/3306346.3323023",
        "(https://doi.org/10.1038/nature14539) | 10.1038/nature14539",
        "[paper](https://doi.org/10.1038/nature14539) | 10.1038/nature14539",
        "DOI: 10.1109/CVPR.2016.90, p. 770 | 10.1109/CVPR.2016.90",
        "<a href=\"https://dx.doi.org/10.5281/zenodo.1234567\">DOI</a> | 10.5281/zenodo.1234567",
        "https://dl.acm.org/doi/10.1145/3292500.3330701; | 10.1145/3292500.3330701",
        "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0 | 10.1002/(SICI)1097-4571(199806)49:8",
        "doi.org/10.1000/xyz123)). | 10.1000/xyz123",
        "'10.1000/ABC' | 10.1000/ABC"
      })
  void findsDoisWithoutTheTrailingPunctuationAroundThem(String text, String doi) {
    assertThat(PaperLinks.in(text))
        .containsExactly(new Paper(Source.DOI, doi, "https://doi.org/" + doi));
  }

  @Test
  void keepsBalancedParenthesesThatArePartOfTheDoi() {
    assertThat(PaperLinks.in("see 10.1016/S0140-6736(20)30183-5."))
        .extracting(Paper::id)
        .containsExactly("10.1016/S0140-6736(20)30183-5");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://openreview.net/forum?id=rJl-b3RcF7 | rJl-b3RcF7",
        "https://openreview.net/pdf?id=HkxLXnAcFQ | HkxLXnAcFQ",
        "https://openreview.net/forum?noteId=x1&id=r1gs9JgRZ | r1gs9JgRZ",
        "<a href=\"https://openreview.net/forum?invitation=a&amp;id=B1xsqj09Fm\">ICLR</a> | B1xsqj09Fm"
      })
  void findsOpenReviewPapersByForumId(String text, String id) {
    assertThat(PaperLinks.in(text))
        .containsExactly(new Paper(Source.OPENREVIEW, id, "https://openreview.net/forum?id=" + id));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://aclanthology.org/P19-1001 | P19-1001",
        "https://aclanthology.org/P19-1001.pdf | P19-1001",
        "https://www.aclweb.org/anthology/N19-1423/ | N19-1423",
        "http://aclweb.org/anthology/P/P18/P18-1031.pdf | P18-1031",
        "https://aclanthology.org/p19-1001/ | P19-1001",
        "https://aclanthology.org/2020.acl-main.1 | 2020.acl-main.1",
        "https://aclanthology.org/2020.acl-main.1.pdf | 2020.acl-main.1",
        "https://aclanthology.org/2023.findings-emnlp.12v2.pdf | 2023.findings-emnlp.12"
      })
  void findsAclAnthologyPapersOldAndNewIds(String text, String id) {
    assertThat(PaperLinks.in(text))
        .containsExactly(
            new Paper(Source.ACL_ANTHOLOGY, id, "https://aclanthology.org/" + id + "/"));
  }

  @Test
  void listsEachPaperOnceInOrderOfFirstAppearance() {
    String readme =
        """
        Our [paper](https://arxiv.org/pdf/1811.10597v1.pdf) (ICLR, https://openreview.net/forum?id=Hyg_X2C5FX)
        extends doi:10.1145/3306346.3323023 and [BERT](https://arxiv.org/abs/1810.04805).
        Cite arXiv:1811.10597v2, or https://doi.org/10.1145/3306346.3323023.
        """;

    assertThat(PaperLinks.in(readme))
        .extracting(Paper::label)
        .containsExactly(
            "arXiv:1811.10597",
            "OpenReview Hyg_X2C5FX",
            "doi:10.1145/3306346.3323023",
            "arXiv:1810.04805");
  }

  @Test
  void treatsDoisAsCaseInsensitive() {
    List<Paper> papers =
        PaperLinks.in("10.1109/CVPR.2016.90 and https://doi.org/10.1109/cvpr.2016.90");

    assertThat(papers).extracting(Paper::id).containsExactly("10.1109/CVPR.2016.90");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nothingInNothing(String text) {
    assertThat(PaperLinks.in(text)).isEmpty();
  }
}
