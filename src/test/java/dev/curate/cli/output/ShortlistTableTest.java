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
  void aWideTerminalShowsEveryColumnAlignedWithTheIdsPickTakes() {
    List<String> lines = write(NovemberShortlist.shortlist(), true, 250).lines().toList();

    assertThat(lines.get(0)).isEqualTo("Repositories · 2018-11");
    assertThat(lines.get(1))
        .matches("RANK +PICK +SCORE +ID +DESCRIPTION +AREA +STARS +FORKS +LANGUAGE +FLAGS +URL");
    assertThat(lines.get(2))
        .matches(
            " +1 +- +1\\.0000 +openai/spinningup +An educational resource to help anyone learn deep"
                + " reinforcement learning\\. +- +4,210 +812 +Python +- +https://github\\.com/openai/spinningup");
    int urlColumn = lines.get(1).indexOf("URL");
    for (String row : lines.subList(2, 7)) {
      assertThat(row.indexOf("https://github.com/")).as(row).isEqualTo(urlColumn);
    }
    assertThat(lines.get(6)).contains("  -  ").as("an unknown language shows as -");
    assertThat(lines.get(7)).isEmpty();
    assertThat(lines.get(8)).isEqualTo("Reddit threads · 2018-11");
    assertThat(lines.get(9))
        .matches("RANK +PICK +SCORE +ID +THREAD +KIND +SUBREDDIT +COMMENTS +UPVOTES +FLAGS +URL");
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    " +5 +- +0\\.5000 +9xxm3w +Landed my first job as a Data Scientist +- +r/datascience"
                        + " +140 +1,024 +- +https://.*"));
    assertThat(String.join("\n", lines)).doesNotContain("not shown", "…");
  }

  @Test
  void anEightyColumnTerminalGetsATableThatFitsWithEveryIdWhole() {
    String out = write(NovemberShortlist.shortlist(), true, 80);
    List<String> lines = out.lines().toList();

    assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(80));
    assertThat(lines.get(1)).matches("RANK +PICK +SCORE +ID +AREA +STARS +FLAGS");
    for (String id :
        List.of(
            "openai/spinningup",
            "NVIDIA/waveglow",
            "hanxiao/bert-as-service",
            "1991viet/QuickDraw",
            "CSAILVision/gandissect",
            "9ysmtn",
            "9xxm3w")) {
      assertThat(out).contains("  " + id + "  ");
    }
    assertThat(lines)
        .contains(
            "(not shown: DESCRIPTION, FORKS, LANGUAGE, URL; see --json)",
            "(not shown: KIND, SUBREDDIT, URL; see --json)");
    assertThat(lines.get(10)).matches("RANK +PICK +SCORE +ID +THREAD +COMMENTS +UPVOTES +FLAGS");
    assertThat(lines.get(11)).contains("  9ysmtn  [D] Debate on TensorFlow").contains("…");
  }

  @Test
  void theColumnsLeftOutGoInTheirOrderAsTheTerminalNarrows() {
    List<String> order = List.of("URL", "FORKS", "LANGUAGE", "DESCRIPTION", "SCORE", "STARS");
    List<String> all =
        List.of(
            "RANK",
            "PICK",
            "SCORE",
            "ID",
            "DESCRIPTION",
            "AREA",
            "STARS",
            "FORKS",
            "LANGUAGE",
            "FLAGS",
            "URL");
    int leftOutBefore = 0;
    for (int width = 250; width >= 56; width--) {
      List<String> lines = write(NovemberShortlist.shortlist(), true, width).lines().toList();
      List<String> shown = List.of(lines.get(1).split(" +"));
      List<String> leftOut = all.stream().filter(h -> !shown.contains(h)).toList();

      assertThat(leftOut)
          .as("at %d columns", width)
          .containsExactlyInAnyOrderElementsOf(order.subList(0, leftOut.size()));
      assertThat(leftOut.size()).isGreaterThanOrEqualTo(leftOutBefore);
      leftOutBefore = leftOut.size();
      for (String line : lines) {
        assertThat(DisplayWidth.of(line))
            .as("at %d columns: %s", width, line)
            .isLessThanOrEqualTo(width);
      }
    }
    assertThat(leftOutBefore).as("at 56 columns").isEqualTo(order.size() - 1);

    String tooNarrow = write(NovemberShortlist.shortlist(), true, 40);
    assertThat(tooNarrow.lines().toList().get(1)).matches("RANK +PICK +ID +AREA +FLAGS");
    assertThat(tooNarrow).contains("  hanxiao/bert-as-service  ").as("an ID is never cut");
  }

  @Test
  void alignedModeCutsLongTitlesAndKeepsWideCharactersAligned() {
    String out = write(threads(LONG_TITLE, CJK_TITLE + " ".repeat(1) + CJK_TITLE), true, 100);
    List<String> lines = out.lines().toList();

    assertThat(out).doesNotContain("\u001B", "\u0007", "\t", "pwned");
    assertThat(lines.get(1)).isEqualTo("No repositories on the shortlist.");
    assertThat(lines.get(5)).contains("  [D] A very long title").contains("…");
    int subredditColumn =
        DisplayWidth.of(lines.get(4).substring(0, lines.get(4).indexOf("SUBREDDIT")));
    for (String row : lines.subList(5, 7)) {
      assertThat(DisplayWidth.of(row)).as(row).isLessThanOrEqualTo(100);
      assertThat(DisplayWidth.of(row.substring(0, row.indexOf("r/MachineLearning"))))
          .as(row)
          .isEqualTo(subredditColumn);
    }
  }

  @Test
  void aCutWideCharacterTitleNeverOverrunsItsColumn() {
    String out = write(threads(CJK_TITLE.repeat(10)), true, 70);

    assertThat(out.lines())
        .allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(70));
    assertThat(out).contains("机器学习").contains("…");
  }

  @Test
  void pipedModeHasAHeaderLinePerSectionThenTabSeparatedLinesWithNothingCut() {
    String out = write(NovemberShortlist.shortlist(), false, 80);
    List<String> lines = out.lines().toList();

    assertThat(lines).hasSize(12);
    assertThat(lines.get(0))
        .isEqualTo(
            "TYPE\tRANK\tPICK\tSCORE\tID\tDESCRIPTION\tAREA\tSTARS\tFORKS\tLANGUAGE\tFLAGS\tURL");
    assertThat(lines.get(1))
        .isEqualTo(
            "repo\t1\t\t1.0000\topenai/spinningup\tAn educational resource to help anyone learn"
                + " deep reinforcement learning.\t\t4210\t812\tPython\t\thttps://github.com/openai/spinningup");
    assertThat(lines.get(5))
        .startsWith("repo\t5\t\t0.5500\tCSAILVision/gandissect\tPytorch-based tools")
        .endsWith("\t\t1207\t150\t\t\thttps://github.com/CSAILVision/gandissect");
    assertThat(lines.get(6))
        .isEqualTo(
            "TYPE\tRANK\tPICK\tSCORE\tID\tTHREAD\tKIND\tSUBREDDIT\tCOMMENTS\tUPVOTES\tFLAGS\tURL");
    assertThat(lines.get(11))
        .isEqualTo(
            "thread\t5\t\t0.5000\t9xxm3w\tLanded my first job as a Data Scientist"
                + "\t\tr/datascience\t140\t1024\t\thttps://www.reddit.com/r/datascience/comments/9xxm3w/landed_my_first_job_as_a_data_scientist/");
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(12));
    assertThat(out).doesNotContain("  ", "Repositories", "…", "not shown");
  }

  @Test
  void pipedModeStripsControlCharactersAndKeepsLongTitlesWhole() {
    String out = write(threads(LONG_TITLE, CJK_TITLE), false, 80);

    assertThat(out).doesNotContain("\u001B", "\u0007", "pwned", "…");
    assertThat(out.lines().toList().get(2).split("\t", -1)[5])
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

    assertThat(write(s, true, 250).lines().toList().get(2))
        .matches(
            " +1 +\\* +1\\.0000 +openai/spinningup +An educational .* +reinforcement-learning +4,210"
                + " +812 +Python +star-burst +https://.*");
    assertThat(write(s, false, 80).lines().toList().get(1))
        .startsWith("repo\t1\t*\t1.0000\topenai/spinningup\tAn educational ")
        .contains("\treinforcement-learning\t", "\tstar-burst\t");
  }

  @Test
  void unknownCommentsAndUpvotesShowAsAbsentNeverAsZero() {
    RankedThread unknown = new RankedThread(1, 0.5, Candidates.thread("9tzb2h", null, null));
    Shortlist shortlist =
        new Shortlist(CalendarMonth.of(2018, 11), List.of(), List.of(unknown), Instant.EPOCH);

    assertThat(write(shortlist, true, 250).lines().toList().get(5))
        .matches(
            " +1 +- +0\\.5000 +9tzb2h +Thread 9tzb2h +- +r/MachineLearning +- +- +- +https://.*");
    assertThat(write(shortlist, false, 80).lines().toList().get(2))
        .startsWith(
            "thread\t1\t\t0.5000\t9tzb2h\tThread 9tzb2h\t\tr/MachineLearning\t\t\t\thttps://");
  }

  @Test
  void titlesLoseBidiControlsAndZeroWidthCharactersAndAreCutEvenWhenPiped() {
    String out = write(threads("\u202Egnp.exe\u200B [D] " + "long ".repeat(20_000)), false, 80);

    assertThat(out).doesNotContain("\u202E", "\u200B").contains("\tgnp.exe [D] long long");
    assertThat(out.length()).isLessThan(1_000);
  }

  @Test
  void emptySectionsSaySoWhenAlignedAndAreTheirHeaderLineWhenPiped() {
    Shortlist empty = new Shortlist(CalendarMonth.of(2019, 1), List.of(), List.of(), Instant.EPOCH);

    assertThat(write(empty, true, 80))
        .isEqualTo(
            "Repositories · 2019-01\nNo repositories on the shortlist.\n\n"
                + "Reddit threads · 2019-01\nNo Reddit threads on the shortlist.\n");
    assertThat(write(empty, false, 80).lines())
        .extracting(l -> l.split("\t")[0] + " " + l.split("\t")[4])
        .containsExactly("TYPE ID", "TYPE ID");
  }

  private String write(Shortlist shortlist, boolean aligned, int width) {
    StringWriter buffer = new StringWriter();
    table.write(shortlist, new PrintWriter(buffer), aligned, width);
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
