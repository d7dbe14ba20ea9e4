package dev.curate.rank;

import dev.curate.config.ThreadKindRule;
import dev.curate.config.ThreadKindSettings;
import dev.curate.model.RedditThread;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a thread's kind, the first of these that gives one:
 *
 * <ol>
 *   <li>its link flair, when it is one of a kind's {@code flairs}: flairs are set or corrected by
 *       the moderators, so they are the subreddit's own label;
 *   <li>a tag in its title, {@code [D]} or {@code [Discussion]}, the first bracketed tag that is
 *       one of a kind's {@code tags} (r/MachineLearning asks authors to start titles with one);
 *   <li>its subreddit's default ({@code threadKinds.subreddits}, e.g. r/datascience is for
 *       discussion);
 *   <li>otherwise {@link Category#OTHER}.
 * </ol>
 *
 * Flairs and tags are compared as words, ignoring case, punctuation and emoji. When two kinds list
 * the same flair or tag, the one listed first wins.
 */
public final class ThreadKindClassifier {
  private static final Pattern TAG = Pattern.compile("\\[([^\\[\\]]{1,40})]");

  private final Map<String, Category> byFlair = new HashMap<>();
  private final Map<String, Category> byTag = new HashMap<>();
  private final Map<String, Category> bySubreddit = new HashMap<>();

  public ThreadKindClassifier(ThreadKindSettings settings) {
    Map<String, Category> bySlug = new HashMap<>();
    for (ThreadKindRule rule : settings.rules()) {
      Category kind = new Category(rule.slug(), rule.name());
      bySlug.put(rule.slug(), kind);
      rule.flairs().forEach(f -> byFlair.putIfAbsent(Words.normalised(f), kind));
      rule.tags().forEach(t -> byTag.putIfAbsent(Words.normalised(t), kind));
    }
    bySlug.put(Category.OTHER.slug(), Category.OTHER);
    settings
        .subreddits()
        .forEach(
            (subreddit, slug) -> {
              Category kind = bySlug.get(slug);
              if (kind == null) {
                throw new IllegalArgumentException(
                    "threadKinds.subreddits." + subreddit + ": no kind '" + slug + "'");
              }
              bySubreddit.put(subreddit.toLowerCase(Locale.ROOT), kind);
            });
  }

  public Classification classify(RedditThread thread) {
    if (thread.flair() != null) {
      Category kind = byFlair.get(Words.normalised(thread.flair()));
      if (kind != null) {
        return new Classification(kind, "flair '" + thread.flair().strip() + "'");
      }
    }
    if (thread.title() != null) {
      Matcher tag = TAG.matcher(thread.title());
      while (tag.find()) {
        Category kind = byTag.get(Words.normalised(tag.group(1)));
        if (kind != null) {
          return new Classification(kind, "title tag " + tag.group());
        }
      }
    }
    Category kind =
        thread.subreddit() == null
            ? null
            : bySubreddit.get(thread.subreddit().toLowerCase(Locale.ROOT));
    if (kind != null) {
      return new Classification(kind, "default of r/" + thread.subreddit());
    }
    return new Classification(
        Category.OTHER, "no flair, title tag or subreddit default of any kind");
  }
}
