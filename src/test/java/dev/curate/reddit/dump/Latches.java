package dev.curate.reddit.dump;

import java.util.concurrent.CountDownLatch;

/** Test stand-ins for native code, which an interrupt does not stop. */
final class Latches {
  private Latches() {}

  /** Waits for {@code latch} whatever interrupts come, then sets the thread's flag again. */
  static void awaitEvenIfInterrupted(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
