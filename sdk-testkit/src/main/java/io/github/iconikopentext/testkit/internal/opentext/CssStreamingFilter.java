package io.github.iconikopentext.testkit.internal.opentext;

import io.github.iconikopentext.testkit.OpenTextFault;
import io.github.iconikopentext.testkit.internal.http.RequestBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Serves CSS uploads, downloads and file info straight from the servlet streams, in front of WireMock: WireMock reads
 * every request body into memory (and keeps it in its journal), which a 200 MiB upload must not cost. Requests with
 * a pending injected fault (other than {@link OpenTextFault.Slow}, handled here) go on to WireMock, which applies it.
 */
final class CssStreamingFilter implements Filter {
  static final String UPLOAD = "/css/v3/files/fromStream";
  private static final Pattern FILE = Pattern.compile("/css/v3/files/([^/]+)(/stream)?");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");
  private static final Pattern EXTENDED_FILE_NAME =
      Pattern.compile("filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final int PIECE = 256 * 1024;

  private final SimulatorState state;
  private final CssStore store;

  CssStreamingFilter(SimulatorState state, CssStore store) {
    this.state = state;
    this.store = store;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path = request.getRequestURI();
    String method = request.getMethod();
    boolean upload = method.equals("POST") && path.equals(UPLOAD);
    Matcher file = FILE.matcher(path);
    boolean read = method.equals("GET") && file.matches() && !path.equals(UPLOAD);
    OpenTextFault pending = upload || read ? state.peekFault(path) : null;
    if (!(upload || read) || pending != null && !(pending instanceof OpenTextFault.Slow)) {
      chain.doFilter(req, res);
      return;
    }
    state.countRequest(method, path);
    OpenTextFault fault = state.takeFault(path);
    if (fault instanceof OpenTextFault.Slow slow) {
      sleep(slow);
    }
    String auth = request.getHeader("Authorization");
    String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
    if (!state.isValidToken(token)) {
      RequestBodies.drain(request);
      send(response, SimResponse.gatewayFault(401, "Invalid access token", "oauth.v2.InvalidAccessToken"));
      return;
    }
    if (upload) {
      String type = Optional.ofNullable(request.getContentType()).orElse("application/octet-stream");
      CssStore.Blob blob = store.store(request.getInputStream(), type, fileName(request.getHeader("Content-Disposition")));
      send(response, SimResponse.ok(describe(blob)));
      return;
    }
    Optional<CssStore.Blob> blob = store.get(file.group(1));
    if (blob.isEmpty() || file.group(2) != null && blob.get().file() == null) {
      send(response, SimResponse.notFound("file " + file.group(1)));
    } else if (file.group(2) == null) {
      send(response, SimResponse.ok(describe(blob.get())));
    } else {
      stream(response, blob.get());
    }
  }

  private static Map<String, Object> describe(CssStore.Blob blob) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", blob.id());
    body.put("mimeType", blob.mimeType());
    body.put("size", blob.size());
    body.put("originalFileName", blob.fileName());
    return body;
  }

  /** The RFC 5987 {@code filename*} when there is one (RFC 6266 prefers it), else the plain {@code filename}. */
  static String fileName(String disposition) {
    if (disposition == null) {
      return "upload";
    }
    Matcher extended = EXTENDED_FILE_NAME.matcher(disposition);
    if (extended.find()) {
      return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    Matcher plain = FILE_NAME.matcher(disposition);
    return plain.find() ? plain.group(1) : "upload";
  }

  private static void stream(HttpServletResponse response, CssStore.Blob blob) throws IOException {
    response.setStatus(200);
    response.setContentType(blob.mimeType());
    response.setContentLengthLong(blob.size());
    try (InputStream in = Files.newInputStream(blob.file())) {
      OutputStream out = response.getOutputStream();
      byte[] piece = new byte[PIECE];
      for (int n; (n = in.read(piece)) != -1; ) {
        out.write(piece, 0, n);
      }
      out.flush();
    }
  }

  private static void send(HttpServletResponse response, SimResponse answer) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    if (answer.body() != null) {
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }


  private static void sleep(OpenTextFault.Slow slow) {
    try {
      Thread.sleep(slow.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
