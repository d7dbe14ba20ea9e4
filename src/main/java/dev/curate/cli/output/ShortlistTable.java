package dev.curate.cli.output;

import dev.curate.cli.output.TextTable.Column;
import dev.curate.draft.UntrustedText;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.rank.CandidateId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The shortlist as {@code rank} prints it without {@code --json}.
 *
 * <p>Aligned (stdout is a terminal): a title and a header per section, padded columns, thousands
 * separators, and a line saying so when a section is empty. The table fits the terminal's width
 * ({@link TextTable}): titles and descriptions are cut with "…" (display width aware: CJK and emoji
 * take two columns), and the least needed columns are left out first (URL, then forks, language,
 * description or the thread's kind and subreddit, then score and stars), named in a line under the
 * table. The ID and the rank are never cut nor left out.
 *
 * <p>Columns: rank, PICK ({@code *} when the editor picked the item), score, ID (what {@code pick},
 * {@code drop} and {@code note} take: {@code owner/name}, or the thread's bare base36 id), the
 * description or the title, the area or kind, the figures, FLAGS (warnings such as {@code
 * star-burst}, comma-separated), URL.
 *
 * <p>Not aligned (piped): for each section a header line of the column names, first field {@code
 * TYPE}, then one tab-separated line per item, first field {@code repo} or {@code thread}, then the
 * same columns as the aligned table, all of them; numbers bare, text never cut (but for a title's
 * cut at Reddit's own limit), an absent value an empty field.
 *
 * <p>Text from the APIs is printed without control characters, terminal escape sequences, bidi
 * controls or zero-width characters either way ({@link UntrustedText}): a title must not be able to
 * move the cursor, rewrite the terminal's title or read backwards. Titles are cut at Reddit's own
 * limit ({@link UntrustedText#title}), and a thread's URL is built from its subreddit and id.
 */
public final class ShortlistTable {
  private static final String GITHUB = "https://github.com/";
  private static final String TYPE = "TYPE";

  /**
   * @param aligned an aligned table (stdout is a terminal), else tab-separated values
   * @param width the terminal's columns, which an aligned table fits in
   */
  public void write(Shortlist shortlist, PrintWriter out, boolean aligned, int width) {
    TextTable repos = repos(shortlist.repos(), aligned);
    TextTable threads = threads(shortlist.threads(), aligned);
    if (aligned) {
      section(
          out,
          "Repositories · " + shortlist.month(),
          repos,
          width,
          shortlist.repos().isEmpty(),
          "No repositories on the shortlist.");
      out.println();
      section(
          out,
          "Reddit threads · " + shortlist.month(),
          threads,
          width,
          shortlist.threads().isEmpty(),
          "No Reddit threads on the shortlist.");
    } else {
      repos.printTabSeparated(out, TYPE + "\t", "repo\t");
      threads.printTabSeparated(out, TYPE + "\t", "thread\t");
    }
    out.flush();
  }

  private static void section(
      PrintWriter out, String title, TextTable table, int width, boolean empty, String none) {
    out.println(title);
    if (empty) {
      out.println(none);
      return;
    }
    List<String> leftOut = table.printAligned(out, width);
    if (!leftOut.isEmpty()) {
      wrapped(out, "(not shown: " + String.join(", ", leftOut) + "; see --json)", width);
    }
  }

  /** Plain ASCII words, so a character is a column. */
  private static void wrapped(PrintWriter out, String text, int width) {
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.println(line);
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    out.println(line);
  }

  private static TextTable repos(List<RankedRepo> repos, boolean aligned) {
    TextTable table =
        new TextTable(
            List.of(
                Column.number("RANK"),
                Column.text("PICK"),
                Column.number("SCORE").droppedAt(5),
                Column.text("ID"),
                Column.text("DESCRIPTION").cutDownTo(24).droppedAt(4),
                Column.text("AREA").cutDownTo(10),
                Column.number("STARS").droppedAt(6),
                Column.number("FORKS").droppedAt(2),
                Column.text("LANGUAGE").capped(16).droppedAt(3),
                Column.text("FLAGS"),
                Column.text("URL").droppedAt(1)));
    for (RankedRepo ranked : repos) {
      Repo r = ranked.repo();
      String name = clean(CandidateId.of(r));
      table.add(
          List.of(
              String.valueOf(ranked.rank()),
              pick(ranked.picked(), aligned),
              score(ranked.score()),
              name,
              orAbsent(clean(r.description()), aligned),
              orAbsent(clean(ranked.area()), aligned),
              number(r.stars(), aligned),
              number(r.forks(), aligned),
              orAbsent(clean(r.language()), aligned),
              orAbsent(String.join(",", ranked.flagCodes()), aligned),
              GITHUB + name));
    }
    return table;
  }

  private static TextTable threads(List<RankedThread> threads, boolean aligned) {
    TextTable table =
        new TextTable(
            List.of(
                Column.number("RANK"),
                Column.text("PICK"),
                Column.number("SCORE").droppedAt(4),
                Column.text("ID"),
                Column.text("THREAD").cutDownTo(16),
                Column.text("KIND").droppedAt(2),
                Column.text("SUBREDDIT").droppedAt(3),
                Column.number("COMMENTS"),
                Column.number("UPVOTES").droppedAt(5),
                Column.text("FLAGS"),
                Column.text("URL").droppedAt(1)));
    for (RankedThread ranked : threads) {
      RedditThread t = ranked.thread();
      table.add(
          List.of(
              String.valueOf(ranked.rank()),
              pick(ranked.picked(), aligned),
              score(ranked.score()),
              clean(CandidateId.of(t)),
              UntrustedText.title(t.title()),
              orAbsent(clean(ranked.kind()), aligned),
              "r/" + clean(t.subreddit()),
              figure(t.comments(), aligned),
              figure(t.score(), aligned),
              orAbsent(String.join(",", ranked.flagCodes()), aligned),
              orAbsent(clean(t.link()), aligned)));
    }
    return table;
  }

  private static String clean(String text) {
    return UntrustedText.singleLine(text);
  }

  /** "*" for an item the editor picked; its rank then says nothing about its score. */
  private static String pick(boolean picked, boolean aligned) {
    return picked ? "*" : aligned ? "-" : "";
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }

  private static String number(long n, boolean aligned) {
    return aligned ? String.format(Locale.US, "%,d", n) : Long.toString(n);
  }

  /** A figure the answer may have left out: absent ("-", or an empty field) rather than 0. */
  private static String figure(Integer n, boolean aligned) {
    return n == null ? orAbsent("", aligned) : number(n, aligned);
  }

  private static String orAbsent(String text, boolean aligned) {
    return text.isEmpty() && aligned ? "-" : text;
  }
}
