package io.github.iconikopentext.testkit.internal.iconik;

import io.github.iconikopentext.testkit.IconikWebhookDelivery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * POSTs webhook payloads, one at a time on its own thread (or synchronously on request), and records every attempt.
 * Only loopback receivers are called: a test fake has no business reaching other hosts. Thread-safe. Not part of the
 * API.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "iconik-simulator-webhooks");
    t.setDaemon(true);
    return t;
  });
  private final List<IconikWebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  private final AtomicInteger pending = new AtomicInteger();

  /** Delivers in the background; {@code onDone} sees the outcome. */
  public void submit(URI url, Map<String, String> headers, String payload, Consumer<IconikWebhookDelivery> onDone) {
    pending.incrementAndGet();
    executor.execute(() -> {
      try {
        onDone.accept(deliver(url, headers, payload));
      } finally {
        pending.decrementAndGet();
      }
    });
  }

  /** Delivers now and returns the outcome (also recorded). */
  public IconikWebhookDelivery deliver(URI url, Map<String, String> headers, String payload) {
    IconikWebhookDelivery result = attempt(url, headers, payload);
    deliveries.add(result);
    return result;
  }

  private IconikWebhookDelivery attempt(URI url, Map<String, String> headers, String payload) {
    if (!isLoopback(url)) {
      return new IconikWebhookDelivery(url, payload, -1, "refused: the simulator only delivers to loopback hosts");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(payload));
    headers.forEach(request::header);
    try {
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return new IconikWebhookDelivery(url, payload, status,
          status >= 200 && status < 300 ? null : "receiver answered HTTP " + status);
    } catch (IOException e) {
      return new IconikWebhookDelivery(url, payload, -1, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IconikWebhookDelivery(url, payload, -1, "interrupted");
    }
  }

  private static boolean isLoopback(URI url) {
    try {
      return url.getHost() != null && InetAddress.getByName(url.getHost()).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  /** Every delivery attempted so far, in order. */
  public List<IconikWebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until no background delivery is pending; returns whether that happened within {@code timeout}. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending.get() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return true;
  }

  public void clear() {
    deliveries.clear();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
