package io.github.iconikopentext.core.http.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pooled HTTP/1 connections that the server may already have closed, handled without ever sending a request twice
 * that may have been processed. OkHttp's own silent retry is off in the SDK's clients; instead:
 *
 * <ul>
 *   <li>A connection whose last answer said it would close ({@code Connection: close}, or HTTP/1.0 without
 *       {@code keep-alive}) is never used again.
 *   <li>Before a request that may not be repeated (a POST or PATCH not marked
 *       {@link io.github.iconikopentext.core.http.Idempotent}) goes out on a pooled connection, the connection is
 *       probed (a read of at most 1 ms): one the server has closed is discarded unused.
 *   <li>A request that was not written at all (the probe found the connection closed) is sent again at once on
 *       another connection, POSTs included; one that failed before it could be written (connecting failed) reaches
 *       the retry policy as {@link RequestNotSentException}, which may retry it whatever its method.
 *   <li>A request that was written on a pooled connection and failed without a response is sent again at once, once,
 *       only if it may be repeated ({@link Idempotency}); anything else that may have been processed is not. (This
 *       happens below the retry policy, so even {@code RetryPolicy.none()} lets it happen.)
 * </ul>
 *
 * <p>{@link #resender()} must be the last application interceptor and {@link #guard()} the last network
 * interceptor. They share each attempt's state through a request tag. Thread-safe. Not part of the API.
 */
public final class ConnectionReuse {
  private static final Logger log = LoggerFactory.getLogger(ConnectionReuse.class);
  /** How often one call sends its request again because it was not, or could safely be repeated. */
  static final int MAX_RESENDS = 4;
  /** Connections that have carried an exchange, and whether their server said it would close them. */
  private static final Map<Connection, Boolean> SEEN = Collections.synchronizedMap(new WeakHashMap<>());

  private ConnectionReuse() {}

  /** What one attempt got to: whether it was written, and to a pooled connection. */
  private static final class Attempt {
    volatile boolean written;
    volatile boolean pooled;
  }

  /** The application interceptor that sends a request again when that is safe. */
  public static Interceptor resender() {
    return ConnectionReuse::resend;
  }

  /** The network interceptor that probes pooled connections and records what each attempt got to. */
  public static Interceptor guard() {
    return ConnectionReuse::guard;
  }

  private static Response resend(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    boolean repeated = false;
    for (int resent = 0; ; resent++) {
      Attempt attempt = new Attempt();
      try {
        return chain.proceed(request.newBuilder().tag(Attempt.class, attempt).build());
      } catch (IOException e) {
        if (chain.call().isCanceled()) {
          throw e;
        }
        boolean again = !attempt.written
            ? e instanceof RequestNotSentException notSent && notSent.staleConnection()
            : !repeated && attempt.pooled && !(e instanceof InterruptedIOException) && Idempotency.mayRepeat(request)
                && (request.body() == null || !request.body().isOneShot());
        if (again && resent < MAX_RESENDS) {
          repeated |= attempt.written;
          log.debug("{} {}: {}; sending it again on another connection", request.method(),
              request.url().encodedPath(), e.toString());
          continue;
        }
        if (!attempt.written && !(e instanceof RequestNotSentException)) {
          throw new RequestNotSentException("the request was not sent: " + e, e, false);
        }
        throw e;
      }
    }
  }

  private static Response guard(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Connection connection = chain.connection();
    Attempt attempt = request.tag(Attempt.class);
    Boolean closing = connection == null ? null : SEEN.get(connection);
    boolean pooled = closing != null;
    boolean multiplexed = pooled && (connection.protocol() == Protocol.HTTP_2
        || connection.protocol() == Protocol.H2_PRIOR_KNOWLEDGE);
    if (pooled && !multiplexed && (closing || (!Idempotency.mayRepeat(request) && !alive(connection.socket())))) {
      closeQuietly(connection.socket());
      throw new RequestNotSentException("the server had closed the pooled connection", null, true);
    }
    if (attempt != null) {
      attempt.pooled = pooled;
      attempt.written = true;
    }
    Response response = chain.proceed(request);
    if (connection != null) {
      SEEN.put(connection, closesAfterAnswer(response));
    }
    return response;
  }

  /** Whether the server said it closes the connection after this answer. */
  private static boolean closesAfterAnswer(Response response) {
    String header = response.header("Connection");
    if ("close".equalsIgnoreCase(header)) {
      return true;
    }
    return response.protocol() == Protocol.HTTP_1_0 && !"keep-alive".equalsIgnoreCase(header);
  }

  /**
   * Whether an idle HTTP/1 connection is still open: a read that waits at most 1 ms. On an idle connection the
   * server sends nothing, so the read times out; end of stream (or data nobody asked for) means it is unusable.
   */
  private static boolean alive(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown() || socket.isOutputShutdown()) {
      return false;
    }
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read();
        return false;
      } catch (SocketTimeoutException nothingToRead) {
        return true;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Discarding a dead connection; nothing to report.
    }
  }
}
