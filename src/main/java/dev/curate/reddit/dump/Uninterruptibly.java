package dev.curate.reddit.dump;

/** Waiting for a thread that touches memory the caller is about to free. */
final class Uninterruptibly {
  private Uninterruptibly() {}

  /** A wait that an interrupt would cut short, such as {@link Thread#join()}. */
  @FunctionalInterface
  interface Wait {
    void run() throws InterruptedException;
  }

  /**
   * Waits to the end, even if the caller is interrupted meanwhile (its flag is set again after):
   * freeing what the other thread still uses would be worse than the wait.
   */
  static void waitFor(Wait wait) {
    boolean interrupted = false;
    while (true) {
      try {
        wait.run();
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
