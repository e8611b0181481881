package io.github.iconikopentext.iconik.webhook.example;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** Receives iconik webhooks on the JDK's built-in HTTP server. */
public final class IconikWebhookReceiver {
  private IconikWebhookReceiver() {}

  /**
   * Starts a receiver at {@code POST /iconik/webhook}.
   *
   * @param secret the value of the {@code X-Iconik-Secret} header set in the iconik webhook's {@code headers}
   * @param systemDomainId your iconik domain; deliveries from any other are refused
   * @param onEvent called once per accepted delivery; make it idempotent (a failure makes iconik retry)
   */
  public static HttpServer start(InetSocketAddress address, Secret secret, String systemDomainId,
      Consumer<AssetEvent> onEvent) throws IOException {
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Iconik-Secret", secret)
        .expectedSystemDomainId(systemDomainId)
        .on(AssetEvent.class, onEvent)
        .build();

    HttpServer server = HttpServer.create(address, 0);
    server.createContext("/iconik/webhook", exchange -> {
      try (exchange) {
        if (!exchange.getRequestMethod().equals("POST")) {
          exchange.sendResponseHeaders(405, -1);
          return;
        }
        // The raw body stream, read by the handler up to its size limit; JDK header lookup is case-insensitive.
        WebhookResult result = handler.handle(exchange.getRequestHeaders()::getFirst, exchange.getRequestBody());
        exchange.sendResponseHeaders(result.httpStatus(), -1);
      }
    });
    server.start();
    return server;
  }

  public static void main(String[] args) throws IOException {
    Secret secret = Secret.of(System.getenv("ICONIK_WEBHOOK_SECRET"));
    String domain = System.getenv("ICONIK_SYSTEM_DOMAIN_ID");
    start(new InetSocketAddress(8080), secret, domain, event -> {
      if (event instanceof AssetEvent.UploadCompleted upload) {
        System.out.println("upload complete: asset " + upload.assetId());
      } else if (event instanceof AssetEvent.ApprovalGranted approved) {
        System.out.println("approved: asset " + approved.assetId());
      } else {
        System.out.println("other event: " + event.delivery());
      }
    });
  }
}
