package dev.curate.cli.output;

import dev.curate.cli.output.TextTable.Column;
import dev.curate.draft.UntrustedText;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The shortlist as {@code rank} prints it without {@code --json}.
 *
 * <p>Aligned (stdout is a terminal): a title and a header per section, padded columns, thousands
 * separators, long names and titles cut with "…", and a line saying so when a section is empty.
 *
 * <p>Columns: rank, PICK ({@code *} when the editor picked the item), score, name or title, the
 * area or kind, the figures, FLAGS (warnings such as {@code star-burst}, comma-separated), URL.
 *
 * <p>Not aligned (piped): one tab-separated line per item and nothing else, first field {@code
 * repo} or {@code thread}, then the same columns as the aligned table; numbers bare, text never
 * cut, an absent value an empty field.
 *
 * <p>Text from the APIs is printed without control characters, terminal escape sequences, bidi
 * controls or zero-width characters either way ({@link UntrustedText}): a title must not be able to
 * move the cursor, rewrite the terminal's title or read backwards. Titles are cut at Reddit's own
 * limit ({@link UntrustedText#title}), and a thread's URL is built from its subreddit and id.
 */
public final class ShortlistTable {
  private static final String GITHUB = "https://github.com/";
  private static final int NAME_WIDTH = 40;
  private static final int TITLE_WIDTH = 60;

  public void write(Shortlist shortlist, PrintWriter out, boolean aligned) {
    TextTable repos = repos(shortlist.repos(), aligned);
    TextTable threads = threads(shortlist.threads(), aligned);
    if (aligned) {
      section(
          out,
          "Repositories · " + shortlist.month(),
          repos,
          shortlist.repos().isEmpty(),
          "No repositories on the shortlist.");
      out.println();
      section(
          out,
          "Reddit threads · " + shortlist.month(),
          threads,
          shortlist.threads().isEmpty(),
          "No Reddit threads on the shortlist.");
    } else {
      repos.printTabSeparated(out, "repo\t");
      threads.printTabSeparated(out, "thread\t");
    }
    out.flush();
  }

  private static void section(
      PrintWriter out, String title, TextTable table, boolean empty, String none) {
    out.println(title);
    if (empty) {
      out.println(none);
    } else {
      table.printAligned(out);
    }
  }

  private static TextTable repos(List<RankedRepo> repos, boolean aligned) {
    TextTable table =
        new TextTable(
            List.of(
                Column.number("RANK"),
                Column.text("PICK"),
                Column.number("SCORE"),
                Column.text("REPOSITORY", NAME_WIDTH),
                Column.text("AREA"),
                Column.number("STARS"),
                Column.number("FORKS"),
                Column.text("LANGUAGE", 16),
                Column.text("FLAGS"),
                Column.text("URL")));
    for (RankedRepo ranked : repos) {
      Repo r = ranked.repo();
      String name = clean(r.fullName());
      table.add(
          List.of(
              String.valueOf(ranked.rank()),
              pick(ranked.picked(), aligned),
              score(ranked.score()),
              name,
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
                Column.number("SCORE"),
                Column.text("THREAD", TITLE_WIDTH),
                Column.text("KIND"),
                Column.text("SUBREDDIT"),
                Column.number("COMMENTS"),
                Column.number("UPVOTES"),
                Column.text("FLAGS"),
                Column.text("URL")));
    for (RankedThread ranked : threads) {
      RedditThread t = ranked.thread();
      table.add(
          List.of(
              String.valueOf(ranked.rank()),
              pick(ranked.picked(), aligned),
              score(ranked.score()),
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
