package io.github.iconikopentext.testkit.hostile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One connection of a {@link HostileServer}: reads requests (HTTP/1.x, {@code Content-Length} or chunked bodies),
 * records them, and writes the chosen answers until an answer or the client closes it, or it stays idle longer than
 * the server's idle timeout. Runs on its own thread.
 */
final class ExchangeLoop {
  private static final int MAX_LINE = 64 * 1024;
  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private final HostileServer server;
  private final Socket socket;
  private final int connection;
  private final int idleMillis;

  ExchangeLoop(HostileServer server, Socket socket, int connection, Duration idleTimeout) {
    this.server = server;
    this.socket = socket;
    this.connection = connection;
    this.idleMillis = (int) Math.min(Integer.MAX_VALUE, idleTimeout.toMillis());
  }

  void run() {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      for (int exchange = 1; ; exchange++) {
        socket.setSoTimeout(idleMillis);
        String requestLine;
        try {
          requestLine = readLine(in);
        } catch (SocketTimeoutException idle) {
          return; // idle too long: close without a word, as a load balancer does
        }
        if (requestLine == null) {
          return;
        }
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        RecordedRequest request = read(requestLine, in, exchange);
        Answer answer = server.answer(request);
        if (answer.silent()) {
          return;
        }
        write(answer, request, out);
        boolean clientCloses = request.header("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
        if (answer.closing() != Answer.Closing.KEEP_ALIVE || clientCloses) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // The client went away, or the server is closing: nothing to report.
    }
  }

  private RecordedRequest read(String requestLine, InputStream in, int exchange) throws IOException {
    String[] parts = requestLine.split(" ", 3);
    if (parts.length < 2) {
      throw new IOException("not an HTTP request line: " + requestLine);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String line; (line = readLine(in)) != null && !line.isEmpty(); ) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      }
    }
    byte[] body = readBody(in, headers);
    return new RecordedRequest(connection, exchange, parts[0], parts[1], headers, body);
  }

  private static byte[] readBody(InputStream in, List<Map.Entry<String, String>> headers) throws IOException {
    String length = header(headers, "Content-Length");
    String encoding = header(headers, "Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = readLine(in);
        if (sizeLine == null) {
          throw new EOFException("chunked body cut off");
        }
        int semicolon = sizeLine.indexOf(';');
        int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
        if (size == 0) {
          while (true) {
            String trailer = readLine(in);
            if (trailer == null || trailer.isEmpty()) {
              return body.toByteArray();
            }
          }
        }
        body.write(in.readNBytes(size));
        readLine(in);
      }
    }
    if (length == null) {
      return new byte[0];
    }
    int n = Integer.parseInt(length.strip());
    byte[] body = in.readNBytes(n);
    if (body.length < n) {
      throw new EOFException("body cut off");
    }
    return body;
  }

  private static void write(Answer answer, RecordedRequest request, OutputStream out)
      throws IOException, InterruptedException {
    StringBuilder head = new StringBuilder()
        .append(answer.closing() == Answer.Closing.HTTP_1_0 ? "HTTP/1.0 " : "HTTP/1.1 ")
        .append(answer.status()).append(' ').append(HostileServer.reason(answer.status())).append("\r\n");
    for (Map.Entry<String, String> h : answer.headers()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (answer.closing() != Answer.Closing.UNTIL_CLOSE) {
      head.append("Content-Length: ").append(answer.contentLength()).append("\r\n");
    }
    if (answer.closing() == Answer.Closing.CONNECTION_CLOSE || answer.closing() == Answer.Closing.UNTIL_CLOSE) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    if (request.method().equalsIgnoreCase("HEAD")) {
      return;
    }
    boolean drip = !answer.drip().isZero();
    byte[] buffer = new byte[drip ? 1 : 64 * 1024];
    long offset = 0;
    for (int n; (n = answer.bodyBytes(offset, buffer)) > 0; offset += n) {
      out.write(buffer, 0, n);
      if (drip) {
        out.flush();
        Thread.sleep(answer.drip().toMillis());
      }
    }
    out.flush();
  }

  private static String header(List<Map.Entry<String, String>> headers, String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
        .orElse(null);
  }

  /** A line without its CR LF, or {@code null} at the end of the stream before any byte. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b == -1) {
        if (line.size() == 0) {
          return null;
        }
        break;
      }
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException("line too long");
      }
      line.write(b);
    }
    String s = line.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
