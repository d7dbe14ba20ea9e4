package dev.curate.reddit.dump;

import com.github.luben.zstd.ZstdInputStream;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.ThreadMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Streams a Reddit dump as the Pushshift and Arctic Shift archives publish them: one JSON post per
 * line, plain or zstd-compressed with a long window ({@code zstd --long=31}, a 2 GiB window most
 * decoders refuse unless told to allow it). Memory does not grow with the file beyond the zstd
 * window (as large as the frame declares, up to 2 GiB, which {@code zstd -d} needs too): lines are
 * cut from a fixed buffer and only the month's posts of wanted subreddits are kept (by the caller).
 * Lines that are not JSON posts are counted, not fatal: dumps of old months have the odd truncated
 * line. Lines of other months or other subreddits are recognised by their {@code created_utc} and
 * {@code subreddit} alone ({@link PostPeek}) and not parsed, so they are not checked either.
 */
public final class DumpReader {
  /** zstd frames start with 0xFD2FB528, little-endian (RFC 8878, 3.1.1). */
  private static final byte[] ZSTD_MAGIC = {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD};

  /**
   * zstd --long=31: the archives' window; ZstdInputStream refuses more than 2^27 unless allowed.
   */
  static final int LONG_WINDOW_LOG = 31;

  private static final int CHUNK = 1 << 20;

  private final PostParser posts = new PostParser();

  /**
   * @param lines non-empty lines read
   * @param malformed lines that are not a JSON post with an id and a {@code created_utc} (lines of
   *     other months and subreddits are not parsed, so not counted here)
   * @param otherSubreddits posts of the month from subreddits not wanted
   * @param kept posts handed to the caller
   */
  record Stats(long lines, long malformed, long otherSubreddits, long kept) {}

  Stats read(
      Path file, CalendarMonth month, Predicate<String> wantedSubreddit, Consumer<Post> sink) {
    Counter peeked = new Counter();
    Counter parsed = new Counter();
    PostPeek peek = new PostPeek(month.start().getEpochSecond(), month.end().getEpochSecond());
    KeptLines kept = new KeptLines(line -> judge(line, month, wantedSubreddit, sink, parsed));
    try (Chunks in = open(file)) {
      new DumpLines(in, peek)
          .forEachLine(
              (buffer, offset, length, otherMonth) -> {
                peeked.lines++;
                if (otherMonth) {
                  return;
                }
                peek.scan(buffer, offset, length);
                if (peek.outsideMonth()) {
                  return;
                }
                if (peek.createdUtc() != PostPeek.UNKNOWN
                    && peek.subreddit() != null
                    && !wantedSubreddit.test(peek.subreddit())) {
                  peeked.other++;
                  return;
                }
                kept.add(buffer, offset, length);
              },
              kept::parseOne);
      kept.finish();
    } catch (NoSuchFileException e) {
      throw new CurateException(
          ExitCode.USAGE, "--reddit-dump " + file + " does not exist: check the path");
    } catch (IOException e) {
      throw new CurateException(
          ExitCode.FAILURE,
          "cannot read the Reddit dump "
              + file
              + ": "
              + e.getMessage()
              + " (a .zst dump must be a complete zstd file; check it with 'zstd -t --long=31 "
              + file
              + "')",
          e);
    }
    return new Stats(peeked.lines, parsed.malformed, peeked.other + parsed.other, parsed.kept);
  }

  /** Parses a line the peek could not rule out, when {@link KeptLines} gets to it. */
  private void judge(
      byte[] line,
      CalendarMonth month,
      Predicate<String> wantedSubreddit,
      Consumer<Post> sink,
      Counter counter) {
    Post post = parse(line, 0, line.length);
    if (post == null || post.id() == null || post.createdUtc() == null) {
      counter.malformed++;
      return;
    }
    // A created_utc that is no date (1e300) cannot be placed in a month: such a post of a wanted
    // subreddit is handed on, for the thread mapping to skip it by name with the others.
    Optional<Instant> created = ThreadMapper.instantOf(post.createdUtc());
    if (created.isPresent() && !month.contains(created.get())) {
      return;
    }
    if (post.subreddit() == null || !wantedSubreddit.test(post.subreddit())) {
      counter.other++;
      return;
    }
    counter.kept++;
    sink.accept(post);
  }

  private Post parse(byte[] buffer, int offset, int length) {
    try {
      return posts.parse(buffer, offset, length);
    } catch (IOException e) {
      return null;
    }
  }

  /** The file as plain NDJSON, decompressing it first if it starts with a zstd frame. */
  static Chunks open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK);
    raw.mark(ZstdFrameHeader.MAX_BYTES);
    byte[] head = raw.readNBytes(ZstdFrameHeader.MAX_BYTES);
    raw.reset();
    if (head.length < ZSTD_MAGIC.length
        || !Arrays.equals(head, 0, ZSTD_MAGIC.length, ZSTD_MAGIC, 0, ZSTD_MAGIC.length)) {
      return Chunks.of(raw);
    }
    ZstdInputStream zstd;
    try {
      ZstdNativeLibrary.load();
      zstd = new ZstdInputStream(raw);
    } catch (LinkageError e) {
      raw.close();
      // Neither the launcher's copy nor one unpacked into the temporary folder would load; left
      // alone, the error would end the JVM with a stack trace.
      throw new CurateException(
          ExitCode.FAILURE,
          "cannot load zstd's native library to read "
              + file
              + " ("
              + e.getMessage()
              + "): check that the temporary folder "
              + System.getProperty("java.io.tmpdir")
              + " exists and is writable (the ./curate launcher unpacks it once, into"
              + " target/native)");
    }
    zstd.setLongMax(LONG_WINDOW_LOG);
    return new ReadAhead(zstd, WindowPrefaulter.forFrame(ZstdFrameHeader.parse(head, head.length)));
  }

  private static final class Counter {
    long lines;
    long malformed;
    long other;
    long kept;
  }
}
