package io.github.iconikopentext.testkit.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server on plain JDK sockets that misbehaves on purpose, for tests: it answers each request with
 * the {@link Answer} its routes choose — redirects, connections closed after the answer or left to go stale, bodies
 * dripped or huge or wrongly shaped, {@code next_url} loops, tokens with odd lifetimes — and records every request
 * exactly as received ({@link #requests()}), so a test can assert what reached it: for instance that a second
 * {@code HostileServer}, the target of a redirect, never saw a credential.
 *
 * <p>It speaks HTTP/1.1 with keep-alive (and HTTP/1.0 when an answer says so), reads {@code Content-Length} and
 * chunked request bodies, and listens on {@code 127.0.0.1} on a free port. Routes are matched by method ({@code "*"}
 * for any) and path without query (exact, or a prefix when the pattern ends with {@code *}); the route added last
 * wins; unmatched requests get {@link #otherwise(Answer)} (default: 404 with an iconik-style error body).
 *
 * <p>Each connection runs on its own daemon thread. Thread-safe. Close it to stop listening and drop every open
 * connection.
 */
public final class HostileServer implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final Duration idleTimeout;
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final ExecutorService threads;
  private volatile Responder otherwise = Responder.always(Answer.json(404, "{\"errors\": [\"no such route\"]}"));

  private record Route(String method, String path, Responder responder) {
    boolean matches(RecordedRequest request) {
      boolean methodMatches = method.equals("*") || method.equalsIgnoreCase(request.method());
      String actual = request.path();
      return methodMatches && (path.endsWith("*")
          ? actual.startsWith(path.substring(0, path.length() - 1)) : actual.equals(path));
    }
  }

  private HostileServer(Builder b) {
    this.idleTimeout = b.idleTimeout;
    try {
      this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on loopback", e);
    }
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hostile-server-" + serverSocket.getLocalPort());
      t.setDaemon(true);
      return t;
    });
    threads.execute(this::acceptLoop);
  }

  /** Starts a server with the defaults: connections are kept alive as long as the client wants. */
  public static HostileServer start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
  }

  /** The absolute URL of {@code path} (which starts with {@code /}) on this server. */
  public String url(String path) {
    return baseUrl() + path;
  }

  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Answers requests with {@code method} ({@code "*"}: any) to {@code path} with {@code answer}. */
  public HostileServer on(String method, String path, Answer answer) {
    return on(method, path, Responder.always(answer));
  }

  /** Answers requests with {@code method} ({@code "*"}: any) to {@code path} as {@code responder} decides. */
  public HostileServer on(String method, String path, Responder responder) {
    routes.add(0, new Route(Objects.requireNonNull(method, "method == null"),
        Objects.requireNonNull(path, "path == null"), Objects.requireNonNull(responder, "responder == null")));
    return this;
  }

  /** The answer to requests no route matches. */
  public HostileServer otherwise(Answer answer) {
    this.otherwise = Responder.always(answer);
    return this;
  }

  /** Every request received so far, in order of arrival. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received with {@code method} to {@code path} (exact, without query). */
  public List<RecordedRequest> requests(String method, String path) {
    List<RecordedRequest> matching = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (r.method().equalsIgnoreCase(method) && r.path().equals(path)) {
        matching.add(r);
      }
    }
    return matching;
  }

  /** How many connections clients have opened so far. */
  public int connectionCount() {
    return connections.get();
  }

  Answer answer(RecordedRequest request) {
    requests.add(request);
    for (Route route : routes) {
      if (route.matches(request)) {
        return route.responder().answer(request);
      }
    }
    return otherwise.answer(request);
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(socket);
      int number = connections.incrementAndGet();
      try {
        threads.execute(() -> {
          try {
            new ExchangeLoop(this, socket, number, idleTimeout).run();
          } finally {
            open.remove(socket);
          }
        });
      } catch (RuntimeException rejected) {
        closeQuietly(socket);
      }
    }
  }

  /** Stops listening and closes every open connection. */
  @Override
  public void close() {
    closeQuietly(serverSocket);
    open.forEach(HostileServer::closeQuietly);
    threads.shutdownNow();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Shutting down.
    }
  }

  @Override
  public String toString() {
    return "HostileServer{" + baseUrl() + ", " + requests.size() + " requests on " + connections.get()
        + " connections}";
  }

  /** Builds a {@link HostileServer}. Not thread-safe. */
  public static final class Builder {
    private Duration idleTimeout = Duration.ZERO;

    private Builder() {}

    /**
     * Closes a kept-alive connection, without telling the client, once it has been idle this long — as load
     * balancers do; {@link Duration#ZERO} (the default) never does.
     */
    public Builder idleTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("idleTimeout is negative: " + timeout);
      }
      this.idleTimeout = timeout;
      return this;
    }

    public HostileServer start() {
      return new HostileServer(this);
    }
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Answer";
    };
  }
}
