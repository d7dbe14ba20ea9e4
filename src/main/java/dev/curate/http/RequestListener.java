package dev.curate.http;

/**
 * Told of every request that reaches the network, whichever source sent it: what a live progress
 * display counts. Counting for the fetch summary stays with each source's {@link HttpStats}.
 */
@FunctionalInterface
public interface RequestListener {
  RequestListener NONE = () -> {};

  /**
   * Called on OkHttp's calling thread, the thread of the source that sends the request (a fetch
   * reads its sources on threads of their own), just before it goes out; must not block.
   */
  void sent();
}
