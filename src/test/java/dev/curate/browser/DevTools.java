package dev.curate.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One page of a browser over the Chrome DevTools Protocol
 * (chromedevtools.github.io/devtools-protocol): commands answered by their {@code id}, events kept
 * in order for the test to look through. Everything waits a bounded time, so a browser that hangs
 * fails the test instead of the build.
 */
final class DevTools implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final CompletableFuture<Void> open = new CompletableFuture<>();

  DevTools(OkHttpClient http, String webSocketUrl) {
    this.http = http;
    this.socket =
        http.newWebSocket(new Request.Builder().url(webSocketUrl).build(), new Listener());
    await(open, "the DevTools connection");
  }

  /** Sends a command and returns its {@code result}; a protocol error fails the test. */
  JsonNode call(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.send(message.toString());
    JsonNode reply = await(answer, method);
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.get("result");
  }

  JsonNode call(String method) {
    return call(method, Map.of());
  }

  /** The events received so far, oldest first. */
  synchronized List<JsonNode> events() {
    return List.copyOf(events);
  }

  synchronized void forgetEvents() {
    events.clear();
  }

  /** Waits for an event of {@code method} that {@code matches}. */
  JsonNode awaitEvent(String method, Predicate<JsonNode> matches) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    synchronized (this) {
      while (true) {
        for (JsonNode e : events) {
          if (method.equals(e.path("method").asText()) && matches.test(e.get("params"))) {
            return e.get("params");
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no " + method + " event within " + PATIENCE);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + method, e);
        }
      }
    }
  }

  private synchronized void received(JsonNode event) {
    events.add(event);
    notifyAll();
  }

  private static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the browser did not answer " + what + " within " + PATIENCE, e);
    } catch (ExecutionException e) {
      throw new AssertionError("the browser connection failed during " + what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    }
  }

  @Override
  public void close() {
    socket.close(1000, "done");
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private final class Listener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      open.complete(null);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        return; // not ours to judge: only answers and events are read
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else if (message.has("method")) {
        received(message);
      }
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      open.completeExceptionally(t);
      pending.values().forEach(f -> f.completeExceptionally(t));
    }
  }
}
