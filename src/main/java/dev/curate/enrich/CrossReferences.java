package dev.curate.enrich;

import dev.curate.enrich.CrossReference.Reason;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Shortlist;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which threads are about which repositories on a shortlist: the thread links to the repository
 * (its link or its self text, any URL form: {@code .git}, {@code /tree/...}, {@code www.}), or
 * cites the same paper as the repository (same arXiv id whatever the version, same DOI, OpenReview
 * or ACL id). A thread that does both is noted once, as a link. The threads on the shortlist come
 * first, in their rank order; then, per repository, at most {@link #MORE_PER_REPO} of the month's
 * other threads, most commented first, so that a repository's entry can point to a discussion the
 * shortlist left out.
 */
public final class CrossReferences {
  /** Other threads noted per repository: enough to find the discussion, not a list to read. */
  public static final int MORE_PER_REPO = 3;

  private final List<CrossReference> all;

  private CrossReferences(List<CrossReference> all) {
    this.all = List.copyOf(all);
  }

  /**
   * @param papersByRepo each repository's papers by {@code owner/name} (from its {@link
   *     RepoEnrichment}); a repository missing here is matched by links only
   */
  public static CrossReferences find(Shortlist shortlist, Map<String, List<Paper>> papersByRepo) {
    return find(shortlist, List.of(), papersByRepo);
  }

  /**
   * @param otherThreads the month's threads besides the shortlist's; removed, deleted and
   *     shortlisted ones among them are ignored
   */
  public static CrossReferences find(
      Shortlist shortlist, List<RedditThread> otherThreads, Map<String, List<Paper>> papersByRepo) {
    Set<String> shortlisted = new HashSet<>();
    shortlist.threads().forEach(t -> shortlisted.add(t.thread().id()));
    List<RedditThread> others =
        otherThreads.stream()
            .filter(t -> !t.removed() && !t.deleted() && !shortlisted.contains(t.id()))
            // An unknown comment count sorts last, as if none.
            .sorted(
                Comparator.comparingInt(
                        (RedditThread t) -> t.comments() == null ? -1 : t.comments())
                    .reversed()
                    .thenComparing(RedditThread::id))
            .toList();
    List<CrossReference> found = new ArrayList<>();
    for (RankedRepo ranked : shortlist.repos()) {
      String name = ranked.repo().fullName();
      List<Paper> papers = papersByRepo.getOrDefault(name, List.of());
      for (RankedThread thread : shortlist.threads()) {
        match(name, papers, thread.thread()).ifPresent(found::add);
      }
      others.stream()
          .map(thread -> match(name, papers, thread))
          .flatMap(Optional::stream)
          .limit(MORE_PER_REPO)
          .forEach(found::add);
    }
    return new CrossReferences(found);
  }

  private static Optional<CrossReference> match(
      String repo, List<Paper> papers, RedditThread thread) {
    String text = textOf(thread);
    if (GitHubRepoLinks.in(text).contains(repo.toLowerCase(Locale.ROOT))) {
      return Optional.of(new CrossReference(repo, thread.id(), Reason.LINKS_TO_REPO, null));
    }
    List<Paper> cited = PaperLinks.in(text);
    return papers.stream()
        .filter(p -> cited.stream().anyMatch(c -> c.key().equals(p.key())))
        .findFirst()
        .map(p -> new CrossReference(repo, thread.id(), Reason.SAME_PAPER, p));
  }

  /**
   * What a thread says it is about: a link post's URL and any post's self text (a self post's URL
   * is the thread itself).
   */
  public static String textOf(RedditThread thread) {
    String url = thread.isSelf() || thread.url() == null ? "" : thread.url();
    return url + "\n" + (thread.selftext() == null ? "" : thread.selftext());
  }

  public List<CrossReference> all() {
    return all;
  }

  /** The threads about a repository, by its {@code owner/name} as the shortlist spells it. */
  public List<CrossReference> forRepo(String fullName) {
    return all.stream().filter(c -> c.repo().equals(fullName)).toList();
  }

  /** The repositories a thread is about, by the thread's base36 id. */
  public List<CrossReference> forThread(String threadId) {
    return all.stream().filter(c -> c.threadId().equals(threadId)).toList();
  }
}
