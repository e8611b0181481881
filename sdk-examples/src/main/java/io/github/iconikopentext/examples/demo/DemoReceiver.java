package io.github.iconikopentext.examples.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The integration's HTTP endpoint in the demo, on loopback: {@code POST /iconik/webhooks} hands each delivery to the
 * running integration and answers with the status it decides; {@code POST /review} stands in for the review channel
 * the template notifies. Not thread-safe to configure; serves requests on its own thread.
 */
final class DemoReceiver implements AutoCloseable {
  static final String WEBHOOK_PATH = "/iconik/webhooks";
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private volatile BiFunction<WebhookHeaders, byte[], WebhookResult> integration;

  private DemoReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts listening on a free loopback port. */
  static DemoReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoReceiver receiver = new DemoReceiver(server);
    server.createContext(WEBHOOK_PATH, receiver::webhook);
    server.createContext("/review", exchange -> answer(exchange, 204, ""));
    server.start();
    return receiver;
  }

  /** {@code http://127.0.0.1:<port>}: the template's {@code receiver_url}. */
  String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /** Where deliveries go from now on, e.g. {@code runtime::receive}. */
  void deliverTo(BiFunction<WebhookHeaders, byte[], WebhookResult> integration) {
    this.integration = integration;
  }

  private void webhook(HttpExchange exchange) throws IOException {
    BiFunction<WebhookHeaders, byte[], WebhookResult> target = integration;
    if (!exchange.getRequestMethod().equals("POST") || target == null) {
      answer(exchange, target == null ? 503 : 405, "");
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    WebhookResult result = target.apply(exchange.getRequestHeaders()::getFirst, body);
    answer(exchange, result.httpStatus(), result.outcome() + ": " + result.detail());
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
