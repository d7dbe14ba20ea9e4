package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.reddit.dump.MemoryMaps.Region;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The pacing, on a made-up window with a recording populator; the real one is in ...LinuxTest. */
class WindowPrefaulterTest {
  private static final long MB = 1L << 20;
  private static final long WINDOW = 256 * MB;
  private static final long START = 0x7f0000000000L;
  private static final Region MAPPING = new Region(START, START + WINDOW + 400 * 1024, true);

  /** [offset into the window, bytes] of each call. */
  private final List<long[]> calls = new CopyOnWriteArrayList<>();

  /** As /proc/self/maps shows it. */
  private static String maps(List<Region> regions) {
    StringBuilder text = new StringBuilder();
    for (Region region : regions) {
      text.append(Long.toHexString(region.start()))
          .append('-')
          .append(Long.toHexString(region.end()))
          .append(" rw-p 00000000 00:00 0\n");
    }
    return text.toString();
  }

  private WindowPrefaulter prefaulter(PagePopulator populator, List<Region> after) {
    List<String> snapshots = new CopyOnWriteArrayList<>(List.of("", maps(after)));
    return new WindowPrefaulter(WINDOW, () -> snapshots.remove(0), () -> populator);
  }

  private WindowPrefaulter recording() {
    return prefaulter(
        (address, bytes) -> {
          calls.add(new long[] {address - START, bytes});
          return 0;
        },
        List.of(MAPPING));
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.sleep(1);
    }
  }

  /**
   * Records each call, says it is in one, and returns only once {@code release} is open, even when
   * interrupted: a system call is not interruptible.
   */
  private PagePopulator recordingThenWaiting(CountDownLatch inCall, CountDownLatch release) {
    return (address, bytes) -> {
      calls.add(new long[] {address - START, bytes});
      inCall.countDown();
      Uninterruptibly.waitFor(release::await);
      return 0;
    };
  }

  /** Starts it, hands it a first chunk, waits for it to end and stops it. */
  private static void endAfterTheFirstChunk(WindowPrefaulter prefaulter) throws Exception {
    prefaulter.starting();
    prefaulter.decoded(MB);
    await(() -> !prefaulter.ended().equals("not ended"));
    prefaulter.stop();
  }

  private long reach() {
    return calls.stream().mapToLong(call -> call[0] + call[1]).max().orElse(0);
  }

  @Test
  void populatesNoFurtherThanItsLeadPastTheDecoderThenFollowsItToTheEnd() throws Exception {
    WindowPrefaulter prefaulter = recording();
    prefaulter.starting();

    prefaulter.decoded(MB);
    await(() -> reach() == MB + WindowPrefaulter.LEAD);
    prefaulter.decoded(100 * MB);
    await(() -> reach() == 100 * MB + WindowPrefaulter.LEAD);
    prefaulter.decoded(WINDOW - MB);
    await(() -> prefaulter.ended().equals("populated the whole window"));
    prefaulter.stop();

    assertThat(prefaulter.window()).contains(MAPPING);
    assertThat(reach()).isEqualTo(MAPPING.bytes());
    assertThat(calls)
        .allSatisfy(
            call -> {
              assertThat(call[1]).isBetween(1L, WindowPrefaulter.STEP);
              assertThat(call[0] % WindowPrefaulter.STEP).isZero();
            });
    // Each byte once, and none the decoder had passed: the calls follow one another.
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0] + calls.get(i - 1)[1]);
    }
    assertThat(prefaulter.populatedBytes())
        .isEqualTo(calls.stream().mapToLong(call -> call[1]).sum())
        .isLessThan(MAPPING.bytes());
  }

  @Test
  void skipsWhatTheDecoderPassedWhileItWasBehind() throws Exception {
    CountDownLatch firstCall = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WindowPrefaulter prefaulter =
        prefaulter(recordingThenWaiting(firstCall, release), List.of(MAPPING));
    prefaulter.starting();
    prefaulter.decoded(MB);
    assertThat(firstCall.await(20, TimeUnit.SECONDS)).isTrue();

    prefaulter.decoded(101 * MB);
    release.countDown();
    await(() -> reach() == 101 * MB + WindowPrefaulter.LEAD);
    prefaulter.stop();

    assertThat(calls.get(0)[0]).isZero();
    // 101 MB down to a step's bound: where the next call starts.
    assertThat(calls.get(1)[0]).isEqualTo(100 * MB);
  }

  @Test
  void theFirstFailureEndsIt() throws Exception {
    WindowPrefaulter prefaulter =
        prefaulter(
            (address, bytes) -> {
              calls.add(new long[] {address - START, bytes});
              return 22; // EINVAL: a kernel before 5.14
            },
            List.of(MAPPING));
    prefaulter.starting();

    prefaulter.decoded(MB);
    await(() -> !prefaulter.ended().equals("not ended"));
    prefaulter.decoded(50 * MB);
    prefaulter.stop();

    assertThat(prefaulter.ended()).isEqualTo("madvise failed with error 22");
    assertThat(calls).hasSize(1);
    assertThat(prefaulter.populatedBytes()).isZero();
  }

  @Test
  void withoutOneNewMappingOfTheWindowsSizeNothingIsTouched() throws Exception {
    Region other = new Region(START + (4L << 30), START + (4L << 30) + WINDOW + MB, true);
    WindowPrefaulter prefaulter =
        prefaulter((a, b) -> calls.add(new long[] {a, b}) ? 0 : 0, List.of(MAPPING, other));
    endAfterTheFirstChunk(prefaulter);

    assertThat(prefaulter.ended()).isEqualTo("no single new mapping of the window's size");
    assertThat(prefaulter.window()).isEmpty();
    assertThat(calls).isEmpty();
  }

  @Test
  void jnaThatCannotLoadOnlyEndsIt() throws Exception {
    List<String> snapshots = new CopyOnWriteArrayList<>(List.of("", maps(List.of(MAPPING))));
    WindowPrefaulter prefaulter =
        new WindowPrefaulter(
            WINDOW,
            () -> snapshots.remove(0),
            () -> {
              throw new UnsatisfiedLinkError("no jnidispatch");
            });
    endAfterTheFirstChunk(prefaulter);

    assertThat(prefaulter.ended()).isEqualTo("cannot call madvise: no jnidispatch");
  }

  @Test
  void anUnexpectedFailureOnlyEndsIt() throws Exception {
    WindowPrefaulter prefaulter =
        prefaulter(
            (address, bytes) -> {
              throw new UnsatisfiedLinkError("madvise");
            },
            List.of(MAPPING));
    endAfterTheFirstChunk(prefaulter);

    assertThat(prefaulter.ended()).isEqualTo("failed: java.lang.UnsatisfiedLinkError: madvise");
  }

  @Test
  void stopWaitsForTheCallUnderWayEvenWhenInterrupted() throws Exception {
    CountDownLatch inCall = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WindowPrefaulter prefaulter =
        prefaulter(recordingThenWaiting(inCall, release), List.of(MAPPING));
    prefaulter.starting();
    prefaulter.decoded(MB);
    assertThat(inCall.await(20, TimeUnit.SECONDS)).isTrue();

    boolean[] interruptedAfter = new boolean[1];
    Thread closing =
        new Thread(
            () -> {
              prefaulter.stop();
              interruptedAfter[0] = Thread.currentThread().isInterrupted();
            });
    closing.start();
    await(() -> closing.getState() == Thread.State.WAITING);
    closing.interrupt();
    // Interrupted, it still waits: the window must not be freed under the call. (The flag is
    // cleared once the join has thrown; waiting again after that is the point.)
    await(() -> !closing.isInterrupted() && closing.getState() == Thread.State.WAITING);
    assertThat(closing.isAlive()).isTrue();
    int callsBefore = calls.size();
    release.countDown();
    closing.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(closing.isAlive()).isFalse();
    assertThat(interruptedAfter[0]).isTrue();
    assertThat(prefaulter.ended()).isEqualTo("stopped");
    assertThat(calls).hasSize(callsBefore);
  }

  @Test
  void aStopBeforeTheFirstChunkTouchesNothing() {
    WindowPrefaulter prefaulter = recording();
    prefaulter.starting();
    prefaulter.stop();

    prefaulter.decoded(MB);

    assertThat(prefaulter.ended()).isEqualTo("stopped");
    assertThat(prefaulter.window()).isEmpty();
    assertThat(calls).isEmpty();
  }

  @Test
  void bindsTheCallBeforeTheFirstChunk() throws Exception {
    CountDownLatch bound = new CountDownLatch(1);
    List<String> snapshots = new CopyOnWriteArrayList<>(List.of("", maps(List.of(MAPPING))));
    WindowPrefaulter prefaulter =
        new WindowPrefaulter(
            WINDOW,
            () -> snapshots.remove(0),
            () -> {
              bound.countDown();
              return (address, bytes) -> 0;
            });

    prefaulter.starting();

    assertThat(bound.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(snapshots).hasSize(1); // the maps after the window's allocation: not yet read
    prefaulter.decoded(MB);
    await(() -> prefaulter.populatedBytes() == MB + WindowPrefaulter.LEAD);
    prefaulter.stop();
    assertThat(prefaulter.window()).contains(MAPPING);
  }

  @Test
  void onlyLargeWindowsOnLinuxAreWorthIt() {
    Optional<ZstdFrameHeader> large =
        Optional.of(new ZstdFrameHeader(1L << 31, OptionalLong.empty()));
    Optional<ZstdFrameHeader> smallContent =
        Optional.of(new ZstdFrameHeader(1L << 31, OptionalLong.of(WindowPrefaulter.SMALLEST - 1)));

    assertThat(WindowPrefaulter.forFrame(Optional.empty())).isSameAs(ReadAhead.Progress.NONE);
    assertThat(WindowPrefaulter.forFrame(smallContent)).isSameAs(ReadAhead.Progress.NONE);
    String os = System.getProperty("os.name");
    String before = System.getProperty(WindowPrefaulter.SWITCH);
    try {
      System.setProperty("os.name", "Linux");
      assertThat(WindowPrefaulter.forFrame(large)).isInstanceOf(WindowPrefaulter.class);
      System.setProperty(WindowPrefaulter.SWITCH, "false");
      assertThat(WindowPrefaulter.forFrame(large)).isSameAs(ReadAhead.Progress.NONE);
      System.clearProperty(WindowPrefaulter.SWITCH);
      System.setProperty("os.name", "Mac OS X");
      assertThat(WindowPrefaulter.forFrame(large)).isSameAs(ReadAhead.Progress.NONE);
    } finally {
      System.setProperty("os.name", os);
      if (before == null) {
        System.clearProperty(WindowPrefaulter.SWITCH);
      } else {
        System.setProperty(WindowPrefaulter.SWITCH, before);
      }
    }
  }
}
