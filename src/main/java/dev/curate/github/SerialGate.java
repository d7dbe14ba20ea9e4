package dev.curate.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Lets one request to GitHub out at a time, whatever the number of threads using the client.
 * GitHub's best practices: "Avoid concurrent requests. To avoid exceeding secondary rate limits,
 * you should make requests serially instead of concurrently"
 * (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
 *
 * <p>Guards GitHub's request slot whatever the threads. It sits on GitHub's client only: a fetch
 * reads GitHub on one thread and Reddit on another, side by side, and Reddit's requests never wait
 * here.
 *
 * <p>It is the outermost interceptor, so retries, rate-limit waits and pacing happen inside one
 * turn, and the body is read (each attempt's, whole, by the shared stack) before the next turn
 * starts. Fair, so a waiting thread is not overtaken again and again.
 */
final class SerialGate implements Interceptor {
  private final ReentrantLock turn = new ReentrantLock(true);

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      turn.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for another GitHub request");
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      turn.unlock();
    }
  }
}
