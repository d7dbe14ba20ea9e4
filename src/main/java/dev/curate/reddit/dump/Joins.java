package dev.curate.reddit.dump;

/** Waiting for a thread that touches memory the caller is about to free. */
final class Joins {
  private Joins() {}

  /**
   * Returns once {@code thread} has ended, even if the caller is interrupted meanwhile (its flag is
   * set again after): freeing what the thread still uses would be worse than the wait.
   */
  static void joinEvenIfInterrupted(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
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
