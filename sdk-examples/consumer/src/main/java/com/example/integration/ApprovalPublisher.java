package com.example.integration;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A team's own small integration, as the testing guide tests it: when an iconik asset is approved, it publishes a CMS
 * object with the asset's title. It receives iconik webhooks on {@code POST /hooks}.
 */
public final class ApprovalPublisher implements AutoCloseable {
  private final HttpServer server;

  public ApprovalPublisher(IconikClient iconik, OpenTextClient openText, Secret webhookSecret) throws IOException {
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Iconik-Secret", webhookSecret)
        .on(AssetEvent.ApprovalGranted.class, approved -> {
          Asset asset = iconik.assets().get(approved.assetId());
          openText.cms().create(Category.OBJECT, "approved_asset", InstanceRequest.builder(asset.title())
              .property("iconik_asset_id", asset.id()).build());
        })
        .build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks", exchange -> {
      WebhookResult result;
      try (InputStream body = exchange.getRequestBody()) {
        result = handler.handle(exchange.getRequestHeaders()::getFirst, body);
      }
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
    });
    server.start();
  }

  /** Where iconik's webhook should point. */
  public URI webhookUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
