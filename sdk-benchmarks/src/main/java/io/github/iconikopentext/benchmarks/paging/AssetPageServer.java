package io.github.iconikopentext.benchmarks.paging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/**
 * iconik's asset list on loopback, from pages built in advance: {@code GET /API/assets/v1/assets/?page=N} answers
 * page N of {@code total} assets, {@value #PER_PAGE} per page, in iconik's envelope with a relative
 * {@code next_url}. The asset arrays are built once (a few variants, reused across pages), so serving costs a copy
 * of bytes and nothing the two clients could differ on. Close it to stop the server.
 */
final class AssetPageServer implements AutoCloseable {
  static final int PER_PAGE = 1000;
  static final String PATH = "/API/assets/v1/assets/";
  private static final int VARIANTS = 4;

  private final HttpServer server;
  private final byte[][] objectArrays = new byte[VARIANTS][];
  private final int total;

  AssetPageServer(int total) throws IOException {
    if (total % PER_PAGE != 0) {
      throw new IllegalArgumentException("total must be a multiple of " + PER_PAGE + ": " + total);
    }
    this.total = total;
    Random random = new Random(7);
    for (int v = 0; v < VARIANTS; v++) {
      objectArrays[v] = objects(random).getBytes(StandardCharsets.UTF_8);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::serve);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The size of one page's body, in bytes. */
  int pageBytes() {
    return objectArrays[0].length + tail(1).length + 12;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      int page = page(exchange.getRequestURI());
      int pages = total / PER_PAGE;
      if (page < 1 || page > pages) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] head = "{\"objects\":".getBytes(StandardCharsets.UTF_8);
      byte[] objects = objectArrays[page % VARIANTS];
      byte[] tail = tail(page);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, head.length + objects.length + tail.length);
      OutputStream body = exchange.getResponseBody();
      body.write(head);
      body.write(objects);
      body.write(tail);
    }
  }

  private byte[] tail(int page) {
    int pages = total / PER_PAGE;
    String next = page < pages ? "\"" + PATH + "?page=" + (page + 1) + "&per_page=" + PER_PAGE + "\"" : "null";
    return (",\"first_url\":\"" + PATH + "?page=1&per_page=" + PER_PAGE + "\",\"next_url\":" + next
        + ",\"page\":" + page + ",\"pages\":" + pages + ",\"per_page\":" + PER_PAGE + ",\"total\":" + total + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int page(URI uri) {
    String query = uri.getRawQuery();
    if (query == null) {
      return 1;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("page=")) {
        return Integer.parseInt(pair.substring(5));
      }
    }
    return 1;
  }

  /** A JSON array of {@value #PER_PAGE} assets in the shape of iconik's list, including fields the SDK ignores. */
  private static String objects(Random random) {
    StringBuilder json = new StringBuilder(PER_PAGE * 900).append('[');
    for (int i = 0; i < PER_PAGE; i++) {
      if (i > 0) {
        json.append(',');
      }
      String id = uuid(random);
      json.append("{\"id\":\"").append(id).append("\",\"title\":\"Interview take ").append(random.nextInt(100_000))
          .append(".mov\",\"type\":\"ASSET\",\"status\":\"ACTIVE\",\"archive_status\":\"NOT_ARCHIVED\"")
          .append(",\"analyze_status\":\"N/A\",\"is_online\":true,\"is_blocked\":false,\"category\":null")
          .append(",\"external_id\":\"ext-").append(random.nextInt(1_000_000)).append("\",\"external_link\":null")
          .append(",\"object_type\":\"assets\",\"media_type\":\"video\",\"in_collections\":[\"")
          .append(uuid(random)).append("\",\"").append(uuid(random)).append("\"],\"created_by_user\":\"")
          .append(uuid(random)).append("\",\"date_created\":\"2024-10-02T17:06:00.").append(100_000 + i)
          .append("+00:00\",\"date_modified\":\"2024-10-03T08:15:42.").append(200_000 + i)
          .append("+00:00\",\"date_deleted\":null,\"duration_milliseconds\":").append(random.nextInt(7_200_000))
          .append(",\"original_asset_id\":null,\"warning\":null,\"system_domain_id\":\"").append(uuid(random))
          .append("\",\"versions\":[{\"id\":\"").append(uuid(random)).append("\",\"analyze_status\":\"N/A\"")
          .append(",\"archive_status\":\"NOT_ARCHIVED\",\"created_by_user\":\"").append(uuid(random))
          .append("\",\"date_created\":\"2024-10-02T17:06:00.314064+00:00\",\"is_online\":true,\"status\":\"ACTIVE\"}]")
          .append(",\"site_name\":null,\"custom_keyframe\":null,\"custom_poster\":null}");
    }
    return json.append(']').toString();
  }

  private static String uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
