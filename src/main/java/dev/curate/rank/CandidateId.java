package dev.curate.rank;

import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.util.Locale;

/**
 * The IDs {@code rank} prints and the editor's commands take: {@code owner/name} for a repository,
 * the bare base36 id ({@code 9ysmtn}) for a thread.
 */
public final class CandidateId {
  private static final String THREAD_KIND_PREFIX = "t3_";

  private CandidateId() {}

  public static String of(Repo repo) {
    return repo.fullName();
  }

  public static String of(RedditThread thread) {
    return thread.id();
  }

  /**
   * The form IDs are compared in: trimmed and lowercase, because GitHub names are case-insensitive
   * and Reddit ids are lowercase anyway, and without Reddit's {@code t3_} kind prefix, so that
   * {@code t3_9ysmtn} typed by an editor finds thread {@code 9ysmtn}.
   */
  public static String key(String id) {
    String k = id.strip().toLowerCase(Locale.ROOT);
    if (k.startsWith(THREAD_KIND_PREFIX) && k.indexOf('/') < 0) {
      k = k.substring(THREAD_KIND_PREFIX.length());
    }
    return k;
  }
}
