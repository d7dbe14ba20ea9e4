package dev.curate.draft;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.ThreadBuilder;
import java.time.Instant;
import java.util.List;

/**
 * The picks of the real November 2018 roundup (see /work/shared/seed/OUTLINE.md), as a fixed
 * shortlist. Names, ids, titles and permalinks are the real ones; the figures, dates and texts are
 * illustrative and chosen to exercise the renderer (a missing licence, a homepage, a link post, a
 * long self post with Markdown, a thread without flair).
 */
public final class NovemberShortlist {
  public static final Instant FETCHED = Instant.parse("2018-12-01T06:00:00Z");

  private NovemberShortlist() {}

  public static Shortlist shortlist() {
    return new Shortlist(
        CalendarMonth.of(2018, 11),
        List.of(
            new RankedRepo(
                1,
                1.0,
                repo(
                    1,
                    "openai/spinningup",
                    "An educational resource to help anyone learn deep reinforcement learning.",
                    4210,
                    812,
                    "Python",
                    "MIT",
                    "https://spinningup.openai.com/",
                    "2018-11-07T18:21:45Z")),
            new RankedRepo(
                2,
                0.8123456,
                repo(
                    2,
                    "NVIDIA/waveglow",
                    "A Flow-based Generative Network for Speech Synthesis",
                    1530,
                    301,
                    "Python",
                    "BSD-3-Clause",
                    null,
                    "2018-11-01T03:10:00Z")),
            new RankedRepo(
                3,
                0.80005,
                repo(
                    3,
                    "hanxiao/bert-as-service",
                    "Mapping a variable-length sentence to a fixed-length vector using BERT model",
                    1480,
                    290,
                    "Python",
                    "MIT",
                    "https://bert-as-service.readthedocs.io",
                    "2018-11-12T09:00:00Z")),
            new RankedRepo(
                4,
                0.6,
                repo(
                    4,
                    "1991viet/QuickDraw",
                    "Implementation of Quickdraw - an online game developed by Google",
                    612,
                    140,
                    "Python",
                    null,
                    null,
                    "2018-11-20T14:30:00Z")),
            new RankedRepo(
                5,
                0.55,
                repo(
                    5,
                    "CSAILVision/gandissect",
                    "Pytorch-based tools for visualizing and understanding the neurons of a GAN. https://gandissect.csail.mit.edu",
                    1207,
                    150,
                    null,
                    "MIT",
                    "http://gandissect.csail.mit.edu",
                    "2018-11-26T23:59:59Z"))),
        List.of(
            new RankedThread(
                1,
                1.0,
                thread(
                    "9ysmtn",
                    "MachineLearning",
                    "[D] Debate on TensorFlow 2.0 API",
                    112,
                    287,
                    "Discussion",
                    true,
                    "I'm posting here to draw some attention to a debate happening on GitHub over "
                        + "TensorFlow 2.0 [here](https://github.com/tensorflow/community/pull/25).\n\n"
                        + "The debate is happening in a \"request for comment\" (RFC) over a proposed "
                        + "change to the Optimizer API for TensorFlow 2.0:\n\n"
                        + "* François Chollet (author of the proposal) wants to merge optimizers in "
                        + "`tf.train` with optimizers in `tf.keras.optimizers` and only keep "
                        + "`tf.keras.optimizers`.\n* Other people (including me) have been arguing "
                        + "against this proposal. The main point is that Keras should not be prioritized "
                        + "over TensorFlow, and that they should at least keep an alias to the optimizers "
                        + "in `tf.train` or `tf.optimizers`.",
                    null,
                    "2018-11-20T16:02:11Z")),
            new RankedThread(
                2,
                0.9,
                thread(
                    "9sfv8x",
                    "MachineLearning",
                    "[D] A note on why gradient descent is even needed",
                    95,
                    410,
                    "Discussion",
                    true,
                    "Why can't we just set the derivative to zero and **solve** for the minimum?",
                    null,
                    "2018-10-29T21:00:00Z")),
            new RankedThread(
                3,
                0.75,
                thread(
                    "9tangi",
                    "MachineLearning",
                    "[R] Reinforcement Learning with Prediction-Based Rewards",
                    40,
                    520,
                    "Research",
                    false,
                    "",
                    "https://blog.openai.com/reinforcement-learning-with-prediction-based-rewards/",
                    "2018-11-01T17:45:00Z")),
            new RankedThread(
                4,
                0.7,
                thread(
                    "9symfk",
                    "MachineLearning",
                    "[D] Reverse-engineering a massive neural network",
                    87,
                    190,
                    "Discussion",
                    true,
                    "The original developer left and there is no documentation. How would you work out "
                        + "what the network was designed to do?",
                    null,
                    "2018-10-31T11:20:00Z")),
            new RankedThread(
                5,
                0.5,
                thread(
                    "9xxm3w",
                    "datascience",
                    "Landed my first job as a Data Scientist",
                    140,
                    1024,
                    null,
                    true,
                    "After 8 months of applying, I finally got an offer! Here's what worked for me.",
                    null,
                    "2018-11-17T08:00:00Z"))),
        Instant.parse("2018-12-02T09:30:00Z"));
  }

  private static Repo repo(
      long id,
      String fullName,
      String description,
      int stars,
      int forks,
      String language,
      String license,
      String homepage,
      String createdAt) {
    return RepoBuilder.repo(fullName)
        .id(id)
        .description(description)
        .stars(stars)
        .forks(forks)
        .openIssues(7)
        .language(language)
        .topics("machine-learning")
        .license(license)
        .homepage(homepage)
        .createdAt(createdAt)
        .fetchedAt(FETCHED)
        .build();
  }

  private static RedditThread thread(
      String id,
      String subreddit,
      String title,
      int comments,
      int score,
      String flair,
      boolean self,
      String selftext,
      String linkUrl,
      String createdAt) {
    String permalink =
        "https://www.reddit.com/r/" + subreddit + "/comments/" + id + "/" + slug(title) + "/";
    return ThreadBuilder.thread(id)
        .subreddit(subreddit)
        .title(title)
        .author("author_" + id)
        .score(score)
        .comments(comments)
        .upvoteRatio(0.95)
        .createdAt(createdAt)
        .permalink(permalink)
        .url(self ? permalink : linkUrl)
        .flair(flair)
        .isSelf(self)
        .selftext(selftext)
        .fetchedAt(FETCHED)
        .build();
  }

  /** Reddit's permalink slug: lower case, punctuation dropped, words joined by underscores. */
  private static String slug(String title) {
    String s = title.toLowerCase().replaceAll("[^a-z0-9 ]", "").trim().replaceAll(" +", "_");
    return s.length() > 50 ? s.substring(0, s.lastIndexOf('_', 50)) : s;
  }
}
