package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import dev.curate.reddit.DumpsAhead;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code fetch --reddit-dump}'s read, started from the raw arguments before picocli builds its
 * model of curate's commands: that takes about 130 ms of a fresh JVM (reflection on every command's
 * annotations), during which the second core would idle and the dump's decompression, the longest
 * part of such a fetch, would wait (measured with scripts/bench-fetch-dump).
 *
 * <p>Only the plain forms are read: {@code fetch}, then {@code --month M} and {@code --reddit-dump
 * FILE} (or with {@code =}). Anything that could make the read unwanted ({@code --dry-run}, help,
 * {@code --only github}) or that the plain forms cannot be sure of ({@code --}) starts nothing, and
 * the fetch starts its read once parsed, as without this. A read started here for other files or
 * another month than picocli then parses is closed and started again ({@link AppContext}): a guess
 * can cost time, never a wrong result.
 *
 * @param subreddits completed by {@link AppContext} once the configuration is loaded
 */
record EarlyDumpRead(DumpsAhead read, CompletableFuture<List<String>> subreddits) {
  private static final Set<String> VALUED = Set.of("--month", "--reddit-dump", "--only");
  private static final Set<String> NOT_A_READ =
      Set.of("--dry-run", "--help", "-h", "--version", "-V", "--");

  /** The dumps and month a fetch's arguments name, in the plain forms only. */
  record Request(List<Path> dumps, CalendarMonth month) {}

  static Optional<EarlyDumpRead> start(String[] args, Clock clock) {
    return requested(args, clock)
        .map(
            request -> {
              CompletableFuture<List<String>> subreddits = new CompletableFuture<>();
              return new EarlyDumpRead(
                  DumpsAhead.start(request.dumps(), request.month(), subreddits, clock),
                  subreddits);
            });
  }

  static Optional<Request> requested(String[] args, Clock clock) {
    int fetch = List.of(args).indexOf("fetch");
    if (fetch < 0) {
      return Optional.empty();
    }
    List<Path> dumps = new ArrayList<>();
    CalendarMonth month = null;
    try {
      for (int i = fetch + 1; i < args.length; i++) {
        String arg = args[i];
        if (NOT_A_READ.contains(arg)) {
          return Optional.empty();
        }
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (!VALUED.contains(name)) {
          continue;
        }
        String value = arg.contains("=") ? arg.substring(name.length() + 1) : next(args, ++i);
        if (name.equals("--month")) {
          month = new MonthConverter(clock).convert(value);
        } else if (name.equals("--reddit-dump")) {
          dumps.add(new PathConverter().convert(value));
        } else if (!value.equalsIgnoreCase("reddit")) {
          return Optional.empty(); // --only github: no dump is read
        }
      }
    } catch (RuntimeException e) {
      // A value picocli will refuse: its own error comes soon enough.
      return Optional.empty();
    }
    return month == null || dumps.isEmpty()
        ? Optional.empty()
        : Optional.of(new Request(List.copyOf(dumps), month));
  }

  private static String next(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("no value");
    }
    return args[i];
  }
}
