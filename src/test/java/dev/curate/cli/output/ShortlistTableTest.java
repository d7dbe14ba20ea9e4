package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.draft.NovemberShortlist;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Shortlist;
import dev.curate.rank.Candidates;
import dev.curate.testing.ThreadBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortlistTableTest {
  private static final String LONG_TITLE =
      "\u001B[2J\u001B]0;pwned\u0007[D] A very long title\twith a tab that goes on and on well past "
          + "any sensible column width";
  private static final String CJK_TITLE = "机器学习讨论🚀";

  private final ShortlistTable table = new ShortlistTable();

  @Test
  void alignedModeHasTitlesHeadersAndColumnsThatLineUp() {
    List<String> lines = write(NovemberShortlist.shortlist(), true).lines().toList();

    assertThat(lines.get(0)).isEqualTo("Repositories · 2018-11");
    assertThat(lines.get(1))
        .matches("RANK +PICK +SCORE +REPOSITORY +AREA +STARS +FORKS +LANGUAGE +FLAGS +URL");
    assertThat(lines.get(2))
        .matches(
            " +1 +- +1\\.0000 +openai/spinningup +- +4,210 +812 +Python +- +https://github\\.com/openai/spinningup");
    int urlColumn = lines.get(1).indexOf("URL");
    for (String row : lines.subList(2, 7)) {
      assertThat(row.indexOf("https://")).as(row).isEqualTo(urlColumn);
    }
    assertThat(lines.get(6)).contains("  -  ").as("an unknown language shows as -");
    assertThat(lines.get(7)).isEmpty();
    assertThat(lines.get(8)).isEqualTo("Reddit threads · 2018-11");
    assertThat(lines.get(9))
        .matches("RANK +PICK +SCORE +THREAD +KIND +SUBREDDIT +COMMENTS +UPVOTES +FLAGS +URL");
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    " +5 +- +0\\.5000 +Landed my first job as a Data Scientist +- +r/datascience +140 +1,024 +- +https://.*"));
  }

  @Test
  void alignedModeCutsLongTitlesAndKeepsWideCharactersAligned() {
    String out = write(threads(LONG_TITLE, CJK_TITLE), true);
    List<String> lines = out.lines().toList();

    assertThat(out).doesNotContain("\u001B", "\u0007", "\t", "pwned");
    assertThat(lines.get(1)).isEqualTo("No repositories on the shortlist.");
    assertThat(lines.get(5))
        .contains("  [D] A very long title with a tab that goes on and on well p…  ");
    int urlColumn = DisplayWidth.of(lines.get(4).substring(0, lines.get(4).indexOf("URL")));
    for (String row : lines.subList(5, 7)) {
      assertThat(DisplayWidth.of(row.substring(0, row.indexOf("https://"))))
          .as(row)
          .isEqualTo(urlColumn);
    }
  }

  @Test
  void pipedModeIsBareTabSeparatedLinesWithNothingCut() {
    String out = write(NovemberShortlist.shortlist(), false);
    List<String> lines = out.lines().toList();

    assertThat(lines).hasSize(10);
    assertThat(lines.get(0))
        .isEqualTo(
            "repo\t1\t\t1.0000\topenai/spinningup\t\t4210\t812\tPython\t\thttps://github.com/openai/spinningup");
    assertThat(lines.get(4))
        .isEqualTo(
            "repo\t5\t\t0.5500\tCSAILVision/gandissect\t\t1207\t150\t\t\thttps://github.com/CSAILVision/gandissect");
    assertThat(lines.get(9))
        .isEqualTo(
            "thread\t5\t\t0.5000\tLanded my first job as a Data Scientist"
                + "\t\tr/datascience\t140\t1024\t\thttps://www.reddit.com/r/datascience/comments/9xxm3w/landed_my_first_job_as_a_data_scientist/");
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(11));
    assertThat(out).doesNotContain("  ", "RANK", "Repositories", "…");
  }

  @Test
  void pipedModeStripsControlCharactersAndKeepsLongTitlesWhole() {
    String out = write(threads(LONG_TITLE, CJK_TITLE), false);

    assertThat(out).doesNotContain("\u001B", "\u0007", "pwned", "…");
    assertThat(out.lines().toList().get(0).split("\t", -1)[4])
        .isEqualTo(
            "[D] A very long title with a tab that goes on and on well past any sensible column width");
    assertThat(out).contains("\t" + CJK_TITLE + "\t");
  }

  @Test
  void showsAreaPickMarkAndFlags() {
    Shortlist plain = NovemberShortlist.shortlist();
    RankedRepo first = plain.repos().get(0);
    RankedRepo marked =
        new RankedRepo(
            first.rank(),
            first.score(),
            first.repo(),
            "reinforcement-learning",
            true,
            null,
            List.of("star-burst"),
            null);
    Shortlist s = new Shortlist(plain.month(), List.of(marked), List.of(), plain.rankedAt());

    assertThat(write(s, true).lines().toList().get(2))
        .matches(
            " +1 +\\* +1\\.0000 +openai/spinningup +reinforcement-learning +4,210 +812 +Python +star-burst +https://.*");
    assertThat(write(s, false).lines().toList().get(0))
        .startsWith("repo\t1\t*\t1.0000\topenai/spinningup\treinforcement-learning\t")
        .contains("\tstar-burst\t");
  }

  @Test
  void unknownCommentsAndUpvotesShowAsAbsentNeverAsZero() {
    RankedThread unknown = new RankedThread(1, 0.5, Candidates.thread("9tzb2h", null, null));
    Shortlist shortlist =
        new Shortlist(CalendarMonth.of(2018, 11), List.of(), List.of(unknown), Instant.EPOCH);

    assertThat(write(shortlist, true).lines().toList().get(5))
        .matches(" +1 +- +0\\.5000 +Thread 9tzb2h +- +r/MachineLearning +- +- +- +https://.*");
    assertThat(write(shortlist, false))
        .startsWith("thread\t1\t\t0.5000\tThread 9tzb2h\t\tr/MachineLearning\t\t\t\thttps://");
  }

  @Test
  void titlesLoseBidiControlsAndZeroWidthCharactersAndAreCutEvenWhenPiped() {
    String out = write(threads("\u202Egnp.exe\u200B [D] " + "long ".repeat(20_000)), false);

    assertThat(out).doesNotContain("\u202E", "\u200B").contains("\tgnp.exe [D] long long");
    assertThat(out.length()).isLessThan(1_000);
  }

  @Test
  void emptySectionsSaySoWhenAlignedAndPrintNothingWhenPiped() {
    Shortlist empty = new Shortlist(CalendarMonth.of(2019, 1), List.of(), List.of(), Instant.EPOCH);

    assertThat(write(empty, true))
        .isEqualTo(
            "Repositories · 2019-01\nNo repositories on the shortlist.\n\n"
                + "Reddit threads · 2019-01\nNo Reddit threads on the shortlist.\n");
    assertThat(write(empty, false)).isEmpty();
  }

  private String write(Shortlist shortlist, boolean aligned) {
    StringWriter buffer = new StringWriter();
    table.write(shortlist, new PrintWriter(buffer), aligned);
    return buffer.toString().replace(System.lineSeparator(), "\n");
  }

  private static Shortlist threads(String... titles) {
    List<RankedThread> ranked = new java.util.ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      RedditThread titled =
          ThreadBuilder.from(Candidates.thread("t" + i, 10 * (i + 1), 1000 * (i + 1)))
              .title(titles[i])
              .selftext("")
              .build();
      ranked.add(new RankedThread(i + 1, 1.0 / (i + 1), titled));
    }
    return new Shortlist(CalendarMonth.of(2018, 11), List.<RankedRepo>of(), ranked, Instant.EPOCH);
  }
}
