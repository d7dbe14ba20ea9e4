package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.enrich.CrossReference.Reason;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Shortlist;
import dev.curate.rank.Candidates;
import dev.curate.testing.ThreadBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossReferencesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/NVIDIA/waveglow",
        "https://github.com/nvidia/WaveGlow.git",
        "http://www.github.com/NVIDIA/waveglow/tree/master/tacotron2",
        "github.com/NVIDIA/waveglow/issues/12#issuecomment-1",
        "https://github.com/NVIDIA/waveglow."
      })
  void aLinkPostToTheRepositoryInAnyUrlFormIsAboutIt(String url) {
    CrossReferences refs =
        CrossReferences.find(
            shortlist(List.of("NVIDIA/waveglow"), List.of(linkPost("t1", url))), Map.of());

    assertThat(refs.forRepo("NVIDIA/waveglow"))
        .containsExactly(new CrossReference("NVIDIA/waveglow", "t1", Reason.LINKS_TO_REPO, null));
    assertThat(refs.forThread("t1")).isEqualTo(refs.forRepo("NVIDIA/waveglow"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/NVIDIA/waveglow-extras",
        "https://github.com/NVIDIA",
        "https://gist.github.com/NVIDIA/waveglow",
        "https://nvidia.github.io/waveglow"
      })
  void aSimilarLookingUrlIsNot(String url) {
    CrossReferences refs =
        CrossReferences.find(
            shortlist(List.of("NVIDIA/waveglow"), List.of(linkPost("t1", url))), Map.of());

    assertThat(refs.all()).isEmpty();
  }

  @Test
  void aSelfPostLinkingTheRepositoryInItsTextIsAboutIt() {
    RedditThread self =
        selfPost("t2", "We open-sourced it: [code](https://github.com/openai/spinningup).");

    CrossReferences refs =
        CrossReferences.find(shortlist(List.of("openai/spinningup"), List.of(self)), Map.of());

    assertThat(refs.forThread("t2"))
        .extracting(CrossReference::repo)
        .containsExactly("openai/spinningup");
  }

  @Test
  void aThreadOnTheSamePaperAsARepositoryIsAboutItWhateverTheVersionOrForm() {
    RedditThread pdf = linkPost("t3", "https://arxiv.org/pdf/1811.10597v2.pdf");
    RedditThread other = linkPost("t4", "https://arxiv.org/abs/1811.00002");
    Map<String, List<Paper>> papers =
        Map.of("CSAILVision/gandissect", List.of(Paper.arxiv("1811.10597")));

    CrossReferences refs =
        CrossReferences.find(
            shortlist(List.of("NVIDIA/waveglow", "CSAILVision/gandissect"), List.of(pdf, other)),
            papers);

    assertThat(refs.all())
        .containsExactly(
            new CrossReference(
                "CSAILVision/gandissect", "t3", Reason.SAME_PAPER, Paper.arxiv("1811.10597")));
    assertThat(refs.forThread("t4")).isEmpty();
    assertThat(refs.forRepo("NVIDIA/waveglow")).isEmpty();
  }

  @Test
  void aThreadThatLinksAndCitesIsNotedOnceAsALink() {
    RedditThread both =
        selfPost("t5", "Code: https://github.com/NVIDIA/waveglow paper: arXiv:1811.00002");

    CrossReferences refs =
        CrossReferences.find(
            shortlist(List.of("NVIDIA/waveglow"), List.of(both)),
            Map.of("NVIDIA/waveglow", List.of(Paper.arxiv("1811.00002"))));

    assertThat(refs.all()).extracting(CrossReference::reason).containsExactly(Reason.LINKS_TO_REPO);
  }

  @Test
  void ordersByRepositoryThenThreadRank() {
    RedditThread a = linkPost("a", "https://github.com/x/two");
    RedditThread b = selfPost("b", "compare github.com/x/one with github.com/x/two");

    CrossReferences refs =
        CrossReferences.find(shortlist(List.of("x/one", "x/two"), List.of(a, b)), Map.of());

    assertThat(refs.all())
        .extracting(c -> c.repo() + "<-" + c.threadId())
        .containsExactly("x/one<-b", "x/two<-a", "x/two<-b");
  }

  @Test
  void theMonthsOtherThreadsAboutARepositoryFollowTheShortlistsMostCommentedFirstAtMostThree() {
    RedditThread listed = linkPost("on", "https://github.com/x/one");
    List<RedditThread> others =
        List.of(
            withComments(linkPost("c5", "https://github.com/x/one"), 5),
            withComments(linkPost("c90", "https://github.com/x/one/issues/3"), 90),
            withComments(selfPost("c40", "see github.com/x/one"), 40),
            withComments(linkPost("c20", "https://github.com/x/one"), 20),
            withComments(linkPost("unrelated", "https://github.com/y/other"), 500),
            removed(withComments(linkPost("gone", "https://github.com/x/one"), 900)),
            listed);

    CrossReferences refs =
        CrossReferences.find(shortlist(List.of("x/one"), List.of(listed)), others, Map.of());

    assertThat(refs.forRepo("x/one"))
        .extracting(CrossReference::threadId)
        .containsExactly("on", "c90", "c40", "c20");
    assertThat(refs.forThread("c90"))
        .singleElement()
        .extracting(CrossReference::reason)
        .isEqualTo(Reason.LINKS_TO_REPO);
  }

  private static RedditThread withComments(RedditThread t, int comments) {
    return ThreadBuilder.from(t).comments(comments).build();
  }

  private static RedditThread removed(RedditThread t) {
    return ThreadBuilder.from(t).removed(true).build();
  }

  private static Shortlist shortlist(List<String> repos, List<RedditThread> threads) {
    List<RankedRepo> ranked = new java.util.ArrayList<>();
    for (int i = 0; i < repos.size(); i++) {
      ranked.add(new RankedRepo(i + 1, 1, Candidates.repo(repos.get(i), 10, 1)));
    }
    List<RankedThread> rankedThreads = new java.util.ArrayList<>();
    for (int i = 0; i < threads.size(); i++) {
      rankedThreads.add(new RankedThread(i + 1, 1, threads.get(i)));
    }
    return new Shortlist(CalendarMonth.of(2018, 11), ranked, rankedThreads, Instant.EPOCH);
  }

  private static RedditThread linkPost(String id, String url) {
    return thread(id, false, url, "");
  }

  private static RedditThread selfPost(String id, String text) {
    return thread(
        id, true, "https://www.reddit.com/r/MachineLearning/comments/" + id + "/x/", text);
  }

  private static RedditThread thread(String id, boolean self, String url, String text) {
    return ThreadBuilder.thread(id).isSelf(self).url(url).selftext(text).build();
  }
}
