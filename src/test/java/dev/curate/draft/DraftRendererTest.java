package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.rank.Candidates;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.ThreadBuilder;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class DraftRendererTest {
  private static final Instant RANKED_AT = Instant.parse("2018-12-02T09:30:00Z");
  private static final String HOSTILE_TITLE =
      "# evil\n# more [x](javascript:alert(1)) <img src=x onerror=alert(1)> \u001B[31m*red*_ `c` 🚀 中文";
  private static final String HOSTILE_DESCRIPTION =
      "1. not a list | <b>bold</b> & [link](http://x) \\o/ ~~s~~";

  private final DraftRenderer renderer = new DraftRenderer();

  @Test
  void hasExactlyOneH1NamingTheMonth() {
    String draft = renderer.render(NovemberShortlist.shortlist());

    assertThat(draft.lines().filter(l -> l.startsWith("# ")))
        .containsExactly(
            "# Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)");
    assertThat(headings(CommonMarkText.parse(draft), 1)).hasSize(1);
  }

  @Test
  void namesTheMonthInEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      String draft = renderer.render(shortlist(CalendarMonth.of(2019, 2), List.of(), List.of()));
      assertThat(draft)
          .startsWith(
              "# Best Machine Learning GitHub Repositories & Reddit Discussions (February 2019)\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void emptySectionsSaySo() {
    String draft = renderer.render(shortlist(CalendarMonth.of(2018, 11), List.of(), List.of()));

    assertThat(draft)
        .contains(
            "## GitHub Repositories\n\nNo repositories on the shortlist.\n\n## Reddit Discussions")
        .contains(
            "## Reddit Discussions\n\nNo Reddit discussions on the shortlist.\n\n## End Notes")
        .doesNotContain("###");
  }

  @Test
  void leavesAMarkedPlaceForEachPieceOfCommentary() {
    String draft = renderer.render(NovemberShortlist.shortlist());

    assertThat(draft)
        .contains(
            "<!-- EDITOR: intro",
            "<!-- EDITOR: series archive",
            "<!-- EDITOR: end notes",
            "<!-- EDITOR: footer");
    assertThat(draft.split("<!-- EDITOR: what it is and why it matters -->", -1)).hasSize(6);
    assertThat(draft.split("<!-- EDITOR: why this discussion is worth reading -->", -1)).hasSize(6);
  }

  @Test
  void hostileTextRendersAsItselfAndAddsNoMarkup() {
    Repo repo = repo("evil/repo", HOSTILE_DESCRIPTION, "javascript:alert(1)", 1234567, 1);
    RedditThread thread = thread(HOSTILE_TITLE, "<b>flair</b> | *x*", "javascript:alert(2)");
    String draft =
        renderer.render(
            shortlist(
                CalendarMonth.of(2018, 11),
                List.of(new RankedRepo(1, 1, repo)),
                List.of(new RankedThread(1, 1, thread))));
    Node document = CommonMarkText.parse(draft);

    assertThat(headings(document, 1)).hasSize(1);
    assertThat(CommonMarkText.textOf(headings(document, 3).get(1)))
        .isEqualTo(UntrustedText.singleLine(HOSTILE_TITLE));
    assertThat(paragraphTexts(document))
        .contains(
            HOSTILE_DESCRIPTION,
            "repository · homepage: javascript:alert(1)",
            "r/MachineLearning · 10 comments · 1 upvote · posted 2018-11-15 · flair: <b>flair</b> | *x*");
    assertThat(draft).doesNotContain("\u001B");
    assertThat(linkDestinations(document)).allMatch(d -> d.startsWith("https://"));
    assertThat(htmlIn(document))
        .allMatch(h -> h.startsWith("<!-- EDITOR: ") && h.strip().endsWith("-->"));
  }

  @Test
  void formatsNumbersWithSeparatorsAndSingularsAsSingular() {
    Repo repo = repo("a/b", null, null, 1234567, 1);
    String draft =
        renderer.render(
            shortlist(CalendarMonth.of(2018, 11), List.of(new RankedRepo(1, 1, repo)), List.of()));

    assertThat(draft)
        .contains("**★ 1,234,567 stars** · 1 fork · Python · MIT · created 2018-11-15\n");
  }

  @Test
  void givesTheStarsGainedInTheMonthAndMarksASnapshotFigureAsApproximate() {
    StarGain history = StarGain.measured(5510, StarGainMethod.HISTORY, List.of(), RANKED_AT);
    StarGain snapshots = StarGain.measured(1, StarGainMethod.SNAPSHOTS, List.of(), RANKED_AT);
    Shortlist list =
        shortlist(
            CalendarMonth.of(2018, 11),
            List.of(
                new RankedRepo(
                    1,
                    1,
                    repo("a/b", "x", null, 12601, 2070),
                    null,
                    false,
                    null,
                    List.of(),
                    history),
                new RankedRepo(
                    2, 0.5, repo("c/d", "y", null, 40, 2), null, false, null, List.of(), snapshots),
                new RankedRepo(3, 0.1, repo("e/f", "z", null, 9, 0))),
            List.of());

    String en = renderer.render(list);
    String zh = renderer.render(DraftInput.of(list).withLanguage(Language.ZH));

    assertThat(en)
        .contains(
            "**★ 12,601 stars** · +5,510 stars in November 2018 · 2,070 forks · Python",
            "**★ 40 stars** · ≈ +1 star in November 2018 · 2 forks",
            "**★ 9 stars** · 0 forks");
    assertThat(zh).contains("**★ 12,601 星标** · 2018 年 11 月新增 5,510 星标 · 2,070 复刻");
  }

  @Test
  void saysAThreadsCountsAreUnknownRatherThanZeroWhenTheAnswerLeftThemOut() {
    Shortlist list =
        shortlist(
            CalendarMonth.of(2018, 11),
            List.of(),
            List.of(new RankedThread(1, 0.5, Candidates.thread("9v1x7k", null, null))));
    var comments =
        java.util.Map.of(
            "9v1x7k",
            new dev.curate.enrich.ThreadEnrichment(
                List.of(
                    new dev.curate.enrich.CommentExcerpt(
                        "gan_reader", null, "The truncation trick is the real news."))));

    String en = renderer.render(DraftInput.of(list).withThreadEnrichment(comments));
    String zh =
        renderer.render(
            DraftInput.of(list).withThreadEnrichment(comments).withLanguage(Language.ZH));

    assertThat(en)
        .contains(
            "r/MachineLearning · comments unknown · upvotes unknown · posted 2018-11-",
            "- The truncation trick is the real news. — u/gan_reader, points unknown")
        .doesNotContain("0 comments", "0 upvotes", "0 points");
    assertThat(zh)
        .contains("r/MachineLearning · 评论数未知 · 赞数未知 · 发布于 2018-11-", "u/gan_reader, 分数未知");
  }

  @Test
  void redditHostedMediaIsNamedAsThePostsOwnNotLinkedAsAPageElsewhere() {
    // Urls as Reddit's answers give them: an i.redd.it image and a v.redd.it video of the 2018 dump
    // (arctic_shift RS_2018-11 field set), a gallery as in PRAW's
    // TestSubreddit.test_submit_gallery.json.
    List<RankedThread> threads =
        List.of(
            new RankedThread(1, 0.9, linkPost("9w3q0e", "https://i.redd.it/4qf0c2l1z6y11.jpg")),
            new RankedThread(2, 0.8, linkPost("9x8r4m", "https://v.redd.it/8d7s2ybq1hz11")),
            new RankedThread(3, 0.7, linkPost("hx1g4l", "https://www.reddit.com/gallery/hx1g4l")),
            new RankedThread(4, 0.6, linkPost("9v1x7k", "https://arxiv.org/abs/1809.11096")));
    Shortlist list = shortlist(CalendarMonth.of(2018, 11), List.of(), threads);

    String en = renderer.render(list);
    String zh = renderer.render(DraftInput.of(list).withLanguage(Language.ZH));

    assertThat(en)
        .contains(
            "\n*(image post)*\n",
            "\n*(video post)*\n",
            "\n*(gallery)*\n",
            "\nLinks to [https://arxiv.org/abs/1809.11096](https://arxiv.org/abs/1809.11096)\n");
    assertThat(en)
        .doesNotContain(
            "Links to [https://i.redd.it",
            "Links to [https://v.redd.it",
            "Links to [https://www.reddit.com/gallery");
    assertThat(zh).contains("\n*(图片帖)*\n", "\n*(视频帖)*\n", "\n*(图集)*\n");
  }

  private static RedditThread linkPost(String id, String url) {
    return ThreadBuilder.thread(id)
        .title("Post " + id)
        .author("me")
        .score(30)
        .comments(4)
        .upvoteRatio(null)
        .permalink("https://www.reddit.com/r/MachineLearning/comments/" + id + "/post/")
        .linkTo(url)
        .build();
  }

  @Test
  void noShownTextKeepsBidiControlsOrZeroWidthCharacters() {
    String rlo = "\u202E", zwsp = "\u200B";
    Repo repo = repo("a/b" + zwsp, "A " + rlo + "fast" + zwsp + " library", null, 10, 2);
    RedditThread thread =
        ThreadBuilder.thread("9v1x7k")
            .title(rlo + "gnp.exe [D] " + zwsp + "credits")
            .author("me")
            .score(3)
            .comments(4)
            .upvoteRatio(null)
            .permalink("https://evil.example/phish")
            .url("https://www.reddit.com/r/MachineLearning/comments/9v1x7k/x/")
            .flair("Disc" + rlo + "ussion")
            .selftext("Body \u2066with\u2069 isolates")
            .build();
    var enrichment =
        java.util.Map.of(
            "9v1x7k",
            new dev.curate.enrich.ThreadEnrichment(
                List.of(
                    new dev.curate.enrich.CommentExcerpt(
                        "x" + zwsp + "y", 5, "A " + rlo + "reply"))));
    Shortlist list =
        shortlist(
            CalendarMonth.of(2018, 11),
            List.of(new RankedRepo(1, 1, repo)),
            List.of(new RankedThread(1, 0.5, thread)));

    String draft =
        renderer.render(
            DraftInput.of(list)
                .withThreadEnrichment(enrichment)
                .withRepoEnrichment(
                    java.util.Map.of(
                        "a/b",
                        new dev.curate.enrich.RepoEnrichment(
                            "A README " + rlo + "paragraph" + zwsp + ".",
                            List.of(),
                            List.of(),
                            null))));

    assertThat(draft).doesNotContain(rlo, zwsp, "\u2066", "\u2069", "evil.example");
    assertThat(draft)
        .contains(
            "A fast library",
            "gnp.exe \\[D\\] credits",
            "flair: Discussion",
            "A reply — u/xy",
            "### [gnp.exe \\[D\\] credits](https://www.reddit.com/r/MachineLearning/comments/9v1x7k/)");
  }

  @Test
  void saysInWordsThatGitHubDidNotRecogniseALicenseInsteadOfCallingItOther() {
    // GitHub's answer for a license file it cannot identify, as in hub4j/github-api's recording
    // src/test/resources/org/kohsuke/github/AppTest/wiremock/testGetMyself/__files/3-user_repos.json:
    // "license": {"key": "other", "name": "Other", "spdx_id": "NOASSERTION", ...}. The search maps
    // it to Repo.UNRECOGNISED_LICENSE (SearchItemReaderTest); older workspaces stored "Other".
    Shortlist list =
        shortlist(
            CalendarMonth.of(2018, 11),
            List.of(
                new RankedRepo(1, 1, licensed("a/b", Repo.UNRECOGNISED_LICENSE)),
                new RankedRepo(2, 0.5, licensed("c/d", "Other"))),
            List.of());

    String en = renderer.render(list);
    String zh = renderer.render(DraftInput.of(list).withLanguage(Language.ZH));

    assertThat(en)
        .contains("· Python · license not recognised by GitHub · created")
        .doesNotContain("Other", "NOASSERTION");
    assertThat(en.split("license not recognised by GitHub", -1)).hasSize(3);
    assertThat(zh).contains("· Python · 许可证未被 GitHub 识别 ·").doesNotContain("Other", "NOASSERTION");
  }

  @Test
  void saysSoWhenThereIsNoDescription() {
    Repo repo = repo("a/b", "  \n ", null, 5, 2);
    String draft =
        renderer.render(
            shortlist(CalendarMonth.of(2018, 11), List.of(new RankedRepo(1, 1, repo)), List.of()));

    assertThat(draft).contains("\n*(no description)*\n");
  }

  @Test
  void printsALinkPostsUrlAsTextWhenItIsNotHttp() {
    RedditThread linkPost =
        ThreadBuilder.thread("abc")
            .title("A link")
            .author("me")
            .score(3)
            .comments(4)
            .upvoteRatio(0.5)
            .permalink("https://www.reddit.com/r/MachineLearning/comments/abc/a_link/")
            .linkTo("ftp://example.com/paper.pdf")
            .build();
    String draft =
        renderer.render(
            shortlist(
                CalendarMonth.of(2018, 11),
                List.of(),
                List.of(new RankedThread(1, 0.5, linkPost))));

    assertThat(draft).contains("\nLinks to ftp://example.com/paper.pdf\n");
  }

  @Test
  void rendersWithATemplateOfTheCallers() {
    DraftRenderer custom =
        new DraftRenderer(
            new StringReader("{{month}}:{{#repos}} {{rank}}. {{fullName}} ({{stars}}){{/repos}}\n"),
            "mine");
    StringWriter out = new StringWriter();

    custom.render(NovemberShortlist.shortlist(), out);

    assertThat(out.toString())
        .startsWith("November 2018: 1. openai/spinningup (4,210 stars) 2. NVIDIA/waveglow");
  }

  private static Shortlist shortlist(
      CalendarMonth month, List<RankedRepo> repos, List<RankedThread> threads) {
    return new Shortlist(month, repos, threads, RANKED_AT);
  }

  private static Repo repo(
      String fullName, String description, String homepage, int stars, int forks) {
    return RepoBuilder.repo(fullName)
        .description(description)
        .homepage(homepage)
        .stars(stars)
        .forks(forks)
        .build();
  }

  private static Repo licensed(String fullName, String license) {
    return RepoBuilder.repo(fullName)
        .description("about " + fullName)
        .stars(10)
        .forks(1)
        .license(license)
        .build();
  }

  private static RedditThread thread(String title, String flair, String permalink) {
    return ThreadBuilder.thread("evil1")
        .title(title)
        .score(1)
        .comments(10)
        .upvoteRatio(0.5)
        .permalink(permalink)
        .url("https://www.reddit.com/r/MachineLearning/comments/evil1/thread/")
        .flair(flair)
        .selftext(HOSTILE_TITLE)
        .build();
  }

  private static List<Heading> headings(Node document, int level) {
    List<Heading> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == level) {
              found.add(heading);
            }
          }
        });
    return found;
  }

  private static List<String> paragraphTexts(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            found.add(CommonMarkText.textOf(paragraph));
          }
        });
    return found;
  }

  private static List<String> linkDestinations(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            found.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            found.add(image.getDestination());
          }
        });
    return found;
  }

  private static List<String> htmlIn(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock html) {
            found.add(html.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            found.add(html.getLiteral());
          }
        });
    return found;
  }
}
