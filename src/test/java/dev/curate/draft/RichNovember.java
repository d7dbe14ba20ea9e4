package dev.curate.draft;

import dev.curate.enrich.RepoEnrichment;
import dev.curate.enrich.ThreadEnrichment;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Comment;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Readme;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.testing.ThreadBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The November 2018 shortlist with everything the workflow can add: the series archive of the seed
 * (January to October 2018, its real URLs), READMEs (fixtures imitating the real ones), comments,
 * two extra threads that are about shortlisted repositories (one links the repository, one cites
 * its paper), one thread of the month off the shortlist that links a repository, notes, flags and
 * area labels.
 */
final class RichNovember {
  private static final String AV = "https://www.analyticsvidhya.com/blog/";

  private RichNovember() {}

  static Shortlist shortlist() {
    Shortlist base = NovemberShortlist.shortlist();
    List<RankedThread> threads = new ArrayList<>(base.threads());
    threads.add(
        new RankedThread(
            6,
            0.4,
            thread(
                "9ty2kq",
                "[R] WaveGlow: a flow-based generative network for speech synthesis",
                false,
                "https://arxiv.org/abs/1811.00002v1",
                "")));
    threads.add(
        new RankedThread(
            7,
            0.3,
            thread(
                "9xaj1b",
                "[P] Serving BERT sentence vectors with two lines of code",
                true,
                null,
                "I wrapped BERT in a ZeroMQ service: https://github.com/hanxiao/bert-as-service. Feedback welcome!")));
    return new Shortlist(base.month(), base.repos(), threads, base.rankedAt());
  }

  static DraftInput input() {
    Shortlist shortlist = shortlist();
    return DraftInput.of(shortlist)
        .withArchive(archive())
        .withRepoEnrichment(repoEnrichment(shortlist))
        .withThreadEnrichment(
            Map.of(
                "9ysmtn",
                ThreadEnrichment.of(
                    List.of(
                        new Comment("MLModerator", "Please keep the debate civil.", 1, true),
                        new Comment(
                            "fchollet_fan",
                            "The **Keras** API is simply *nicer* to use. It also makes the "
                                + "[migration guide](https://www.tensorflow.org/guide) shorter.",
                            310,
                            false),
                        new Comment("[deleted]", "[removed]", 90, false),
                        new Comment(
                            "pytorch_user",
                            "I switched to PyTorch last year and have not looked back.",
                            205,
                            false),
                        new Comment(
                            "[deleted]",
                            "Two APIs for the same thing is the real problem.",
                            1,
                            false))),
                "9tangi",
                ThreadEnrichment.NONE))
        .withNotes(
            Map.of(
                "openai/spinningup", "Lead with this -- the education pick of the month -->",
                "9xxm3w", "Ask the author for permission to quote"))
        .withFlags(Map.of("hanxiao/bert-as-service", List.of("star-burst: 1,480 stars in 3 weeks")))
        .withLabels(
            Map.of(
                "openai/spinningup", "reinforcement learning",
                "NVIDIA/waveglow", "speech",
                "hanxiao/bert-as-service", "NLP",
                "1991viet/QuickDraw", "computer vision",
                "CSAILVision/gandissect", "GANs",
                "9ysmtn", "[D] discussion"))
        .withOtherThreads(
            List.of(
                thread(
                    "9vq3zz",
                    "[P] Spinning Up exercises, solved in PyTorch",
                    false,
                    "https://github.com/openai/spinningup/tree/master/spinup/exercises",
                    ""),
                thread(
                    "9zzzzz", "[D] Unrelated thread", true, null, "Nothing about the shortlist.")));
  }

  static List<PublishedIssue> archive() {
    Map<Integer, String> urls = new LinkedHashMap<>();
    urls.put(10, "2018/11/best-machine-learning-github-repositories-reddit-threads-october-2018/");
    urls.put(1, "2018/02/top-5-github-repositories-january-2018/");
    urls.put(2, "2018/03/top-5-github-repositories-february-2018/");
    urls.put(3, "2018/04/top-7-github-repositories-march-2018/");
    urls.put(4, "2018/05/top-5-github-reddit-data-science-machine-learning-april-2018/");
    urls.put(5, "2018/06/top-5-github-reddit-data-science-machine-learning-may-2018/");
    urls.put(6, "2018/07/top-github-reddit-data-science-machine-learning-june-2018/");
    urls.put(7, "2018/08/best-machine-learning-github-repositories-reddit-threads-july-2018/");
    urls.put(8, "2018/09/best-machine-learning-github-repositories-reddit-threads-august-2018/");
    urls.put(9, "2018/10/best-machine-learning-github-repositories-reddit-threads-september-2018/");
    List<PublishedIssue> issues = new ArrayList<>();
    urls.forEach(
        (month, path) -> issues.add(new PublishedIssue(CalendarMonth.of(2018, month), AV + path)));
    // This month and later ones are not "earlier issues".
    issues.add(new PublishedIssue(CalendarMonth.of(2018, 11), AV + "2018/12/this-month/"));
    issues.add(new PublishedIssue(CalendarMonth.of(2019, 1), AV + "2019/02/later/"));
    return issues;
  }

  private static Map<String, RepoEnrichment> repoEnrichment(Shortlist shortlist) {
    Map<String, String> readmes =
        Map.of(
            "NVIDIA/waveglow", "waveglow.md",
            "hanxiao/bert-as-service", "badges-logo-heading.md",
            "1991viet/QuickDraw", "table-first.md",
            "CSAILVision/gandissect", "gandissect.md");
    Map<String, RepoEnrichment> enrichment = new LinkedHashMap<>();
    for (RankedRepo ranked : shortlist.repos()) {
      Repo repo = ranked.repo();
      Readme readme =
          readmes.containsKey(repo.fullName())
              ? Readme.named("README.md", readme(readmes.get(repo.fullName())))
              : null;
      enrichment.put(repo.fullName(), RepoEnrichment.of(repo, readme));
    }
    enrichment.put(
        "openai/spinningup",
        RepoEnrichment.NONE.withSocialImage(
            "https://repository-images.githubusercontent.com/150260279/spinningup-card.png"));
    return enrichment;
  }

  static String readme(String name) {
    try (InputStream in = RichNovember.class.getResourceAsStream("/fixtures/readme/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RedditThread thread(
      String id, String title, boolean self, String url, String selftext) {
    String permalink = "https://www.reddit.com/r/MachineLearning/comments/" + id + "/x/";
    return ThreadBuilder.thread(id)
        .title(title)
        .author("author_" + id)
        .score(150)
        .comments(33)
        .createdAt("2018-11-03T10:00:00Z")
        .permalink(permalink)
        .url(self ? permalink : url)
        .isSelf(self)
        .selftext(selftext)
        .fetchedAt(NovemberShortlist.FETCHED)
        .build();
  }
}
