package dev.curate.reddit.dump;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Maps the pages of zstd's window in on a thread of its own, a little ahead of the decoder. A
 * dump's frame declares a window of up to 2 GiB, and the decoder writes its whole buffer once
 * before it wraps: every 4 KB page of it is a page fault on the decoding thread, which the kernel
 * answers by finding and zeroing a page. On this project's machine that is 0.6 s per GB, a third of
 * {@code zstd -d}'s own time on a 1 GB dump, spent on the one core that decodes while the other
 * waits. {@code madvise(MADV_POPULATE_WRITE)} does the same work on the second core, and never
 * changes what the pages hold, so it is safe beside the decoder's own writes.
 *
 * <p>The window's place is not given by zstd-jni: it is the one new anonymous mapping of the
 * window's size after the first chunk ({@link MemoryMaps}); where there is none, or more than one,
 * nothing is touched. Pages are populated at most {@link #LEAD} past what the decoder has written,
 * and never past the window's mapping: the process holds at most {@link #LEAD} more than the
 * decoder does (at the end of a frame of no stated size, those bytes are never used), and the
 * window stays the bound. Pages the decoder passed are left to it. The pacing counts the bytes
 * decoded since the first, as the buffer of one frame fills: in a file of several frames the
 * decoder starts each again at the buffer's beginning, so from the second on more of the window is
 * populated than it uses (never more than the window). Anything that fails (no {@code /proc}, a
 * kernel before 5.14, JNA unable to load) only ends the prefaulting: the decoder faults its pages
 * in itself, as it always did. Closing waits for the thread, so a dump that declares a large window
 * but ends at once waits for JNA to load (about 0.1 s, once per JVM).
 */
final class WindowPrefaulter implements ReadAhead.Progress {
  /** Below this, the window's page faults cost a few milliseconds: not worth a thread. */
  static final long SMALLEST = 64L << 20;

  /** How far ahead of the decoder pages are populated: about 40 ms of its output. */
  static final long LEAD = 32L << 20;

  /** Bytes per system call; a multiple of every page size. */
  static final long STEP = 4L << 20;

  /** {@code -Dcurate.dump.prefault=false} turns it off, to measure what it gives. */
  static final String SWITCH = "curate.dump.prefault";

  private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final long windowBytes;
  private final Supplier<String> maps;
  private final Supplier<PagePopulator> populator;

  private String before = "";
  private volatile Thread thread;
  private volatile long decoded;
  private volatile boolean stopping;

  private volatile MemoryMaps.Region window;
  private volatile long populated;
  private volatile String ended = "not ended";

  WindowPrefaulter(long windowBytes, Supplier<String> maps, Supplier<PagePopulator> populator) {
    this.windowBytes = windowBytes;
    this.maps = maps;
    this.populator = populator;
  }

  /** For a dump whose frame starts so: a prefaulter where it can help, else nothing. */
  static ReadAhead.Progress forFrame(Optional<ZstdFrameHeader> header) {
    if (header.isEmpty()
        || header.get().bufferBytes() < SMALLEST
        || "false".equals(System.getProperty(SWITCH))
        || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
        // PagePopulator passes the length as a Java long, C's size_t only on 64-bit systems.
        || !"64".equals(System.getProperty("sun.arch.data.model"))) {
      return ReadAhead.Progress.NONE;
    }
    return new WindowPrefaulter(header.get().bufferBytes(), MemoryMaps::own, PagePopulator::linux);
  }

  /**
   * Takes the mappings before the decoder allocates its window, and starts the thread, which binds
   * {@code madvise} (JNA's loading: about 0.1 s here) while the first chunk is decoded.
   */
  @Override
  public void starting() {
    before = maps.get();
    Thread started = new Thread(this::populate, "curate-dump-window");
    started.setDaemon(true);
    try {
      started.start();
    } catch (OutOfMemoryError e) {
      // No thread to spare: the decoder faults its pages in itself.
      ended = "no thread";
      return;
    }
    thread = started;
  }

  @Override
  public void decoded(long bytes) {
    decoded = bytes;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  /** Returns once no populating is under way, or can begin: the window may then be freed. */
  @Override
  public void stop() {
    stopping = true;
    Thread started = thread;
    if (started == null) {
      return;
    }
    LockSupport.unpark(started);
    // Ctrl-C while closing: the window must not be freed under a system call on it.
    Uninterruptibly.waitFor(started::join);
  }

  private void populate() {
    try {
      populateAhead();
    } catch (Throwable e) {
      // An optimisation only: the decoder faults its pages in itself, and nothing is printed
      // (JNA's initialisation throws plain Errors, reading the maps may run out of memory).
      ended = "failed: " + e;
    }
  }

  private void populateAhead() {
    PagePopulator pages;
    try {
      pages = populator.get();
    } catch (LinkageError e) {
      ended = "cannot call madvise: " + e.getMessage();
      return;
    }
    // The decoder allocates its window for the first chunk.
    while (!stopping && decoded == 0) {
      LockSupport.parkNanos(this, WAIT_NANOS);
    }
    if (stopping) {
      ended = "stopped";
      return;
    }
    Optional<MemoryMaps.Region> found =
        MemoryMaps.newMapping(MemoryMaps.parse(before), MemoryMaps.parse(maps.get()), windowBytes);
    if (found.isEmpty()) {
      ended = "no single new mapping of the window's size";
      return;
    }
    window = found.get();
    long start = found.get().start();
    long size = found.get().bytes();
    long done = 0;
    while (!stopping && done < size) {
      long reached = decoded;
      // Pages the decoder passed already are its own: faulted in, or about to be.
      done = Math.max(done, reached - reached % STEP);
      long ahead = Math.min(size, reached + LEAD);
      if (done >= ahead) {
        LockSupport.parkNanos(this, WAIT_NANOS);
        continue;
      }
      long bytes = Math.min(STEP, ahead - done);
      int error = pages.populate(start + done, bytes);
      if (error != 0) {
        ended = "madvise failed with error " + error;
        return;
      }
      done += bytes;
      populated += bytes;
    }
    ended = stopping ? "stopped" : "populated the whole window";
  }

  /** The mapping found for the window, if any. */
  Optional<MemoryMaps.Region> window() {
    return Optional.ofNullable(window);
  }

  /** Bytes populated so far. */
  long populatedBytes() {
    return populated;
  }

  /** Why it ended, or "not ended" while it runs or before it starts. */
  String ended() {
    return ended;
  }
}
