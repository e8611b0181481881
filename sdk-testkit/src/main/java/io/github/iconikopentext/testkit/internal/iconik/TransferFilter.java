package io.github.iconikopentext.testkit.internal.iconik;

import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.internal.http.ByteRange;
import io.github.iconikopentext.testkit.internal.http.RequestBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
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
 * Serves the simulator's signed download URLs ({@code GET /sim/files/{id}?signature=…}) and upload URLs
 * ({@code PUT /sim/upload/{id}}) straight from the servlet streams, in front of WireMock, which would hold whole
 * bodies in memory, Base64-encode them for its journal and gzip them. Downloads stream from memory or disk in
 * 1 MiB writes, honour a single {@code Range} (206, or 416 past the end; configurable, to simulate sources that
 * ignore ranges) and apply the download faults ({@link IconikFault.CutAfter}, {@link IconikFault.StallAfter},
 * {@link IconikFault.Slow}); uploads stream to a temporary file. Requests with another pending fault go on to
 * WireMock, which applies it. Thread-safe. Not part of the API.
 */
public final class TransferFilter implements Filter {
  private static final Pattern DOWNLOAD = Pattern.compile(Pattern.quote(FileRoutes.DOWNLOAD) + "([^/]+)");
  private static final Pattern UPLOAD = Pattern.compile(Pattern.quote(FileRoutes.UPLOAD) + "([^/]+)");
  private static final int PIECE = 1024 * 1024;

  private final SimState state;
  private final Faults faults;
  private final boolean honourRanges;
  private final Path uploads;
  private final Queue<String> served = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicLong> bytesServed = new ConcurrentHashMap<>();
  /** File id → the total of its bytes served at which the download then in flight is cut, once. */
  private final Map<String, Long> cutOnceAt = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public TransferFilter(SimState state, Faults faults, boolean honourRanges) {
    this.state = state;
    this.faults = faults;
    this.honourRanges = honourRanges;
    try {
      this.uploads = Files.createTempDirectory("iconik-simulator-uploads");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the simulator's upload directory", e);
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path = request.getRequestURI();
    Matcher download = DOWNLOAD.matcher(path);
    Matcher upload = UPLOAD.matcher(path);
    boolean isDownload = request.getMethod().equals("GET") && download.matches();
    boolean isUpload = request.getMethod().equals("PUT") && upload.matches();
    IconikFault pending = isDownload || isUpload ? faults.peek(path) : null;
    boolean ours = pending == null || pending instanceof IconikFault.Slow
        || isDownload && (pending instanceof IconikFault.CutAfter || pending instanceof IconikFault.StallAfter);
    if (!(isDownload || isUpload) || !ours) {
      chain.doFilter(req, res);
      return;
    }
    served.add(request.getMethod() + " " + path);
    IconikFault fault = pending == null ? null : faults.next(path);
    if (fault instanceof IconikFault.Slow slow) {
      pause(slow.delay().toMillis());
    }
    if (isDownload) {
      download(request, response, download.group(1), fault);
    } else {
      upload(request, response, upload.group(1));
    }
  }

  private void download(HttpServletRequest request, HttpServletResponse response, String fileId, IconikFault fault)
      throws IOException {
    SimContent content;
    String token;
    synchronized (state) {
      content = state.fileContents.get(fileId);
      token = state.downloadTokens.get(fileId);
    }
    if (token == null || !token.equals(request.getParameter("signature"))) {
      error(response, 403, "Signature does not match");
      return;
    }
    if (content == null) {
      error(response, 404, "File has no content");
      return;
    }
    long size = content.size();
    ByteRange.Request asked = honourRanges ? ByteRange.parse(request.getHeader("Range"), size) : new ByteRange.Whole();
    if (asked instanceof ByteRange.Unsatisfiable) {
      response.setStatus(416);
      response.setHeader("Content-Range", "bytes */" + size);
      response.setContentLength(0);
      return;
    }
    long first = 0;
    long length = size;
    if (asked instanceof ByteRange.Partial partial) {
      first = partial.range().first();
      length = partial.range().length();
      response.setStatus(206);
      response.setHeader("Content-Range", partial.range().contentRange(size));
    } else {
      response.setStatus(200);
    }
    if (honourRanges) {
      response.setHeader("Accept-Ranges", "bytes");
    }
    response.setContentType("application/octet-stream");
    response.setContentLengthLong(length);
    long limit = fault instanceof IconikFault.CutAfter cut ? Math.min(length, cut.afterBytes())
        : fault instanceof IconikFault.StallAfter stall ? Math.min(length, stall.afterBytes()) : length;
    AtomicLong counter = bytesServed.computeIfAbsent(fileId, id -> new AtomicLong());
    OutputStream out = response.getOutputStream();
    try (InputStream in = content.open(first)) {
      byte[] piece = new byte[(int) Math.min(PIECE, Math.max(limit, 1))];
      for (long sent = 0; sent < limit; ) {
        int n = in.read(piece, 0, (int) Math.min(piece.length, limit - sent));
        if (n < 0) {
          break;
        }
        Long cutAt = cutOnceAt.get(fileId);
        if (cutAt != null && counter.get() + n > cutAt && cutOnceAt.remove(fileId, cutAt)) {
          // This piece would pass the mark: send only the bytes up to it, then cut the connection.
          int upToTheMark = (int) Math.max(0, Math.min(n, cutAt - counter.get()));
          counter.addAndGet(upToTheMark);
          out.write(piece, 0, upToTheMark);
          out.flush();
          abort(request);
          return;
        }
        // Counted before the write: the write that completes the body lets the client see it all, and a test may
        // ask for the count before this thread runs again. A write that fails takes its bytes back off.
        counter.addAndGet(n);
        try {
          out.write(piece, 0, n);
        } catch (IOException e) {
          counter.addAndGet(-n);
          throw e;
        }
        sent += n;
      }
    }
    if (limit < length) {
      out.flush();
      if (fault instanceof IconikFault.StallAfter stall) {
        pause(stall.stall().toMillis());
      }
      abort(request);
    }
  }

  private void upload(HttpServletRequest request, HttpServletResponse response, String fileId) throws IOException {
    synchronized (state) {
      if (!state.files.containsKey(fileId)) {
        RequestBodies.drain(request);
        error(response, 404, "No upload is expected for " + fileId);
        return;
      }
    }
    Path file = Files.createTempFile(uploads, fileId, ".upload");
    long size;
    try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
      size = in.transferTo(out);
    }
    SimContent content = SimContent.ofOwnedFile(file, size);
    synchronized (state) {
      Map<String, Object> record = state.files.get(fileId);
      SimContent before = state.fileContents.put(fileId, content);
      if (before != null) {
        before.discard();
      }
      if (record != null) {
        record.put("size", size);
      }
    }
    response.setStatus(200);
    response.setContentLength(0);
  }

  /** How many requests with {@code method} and a path fully matching {@code pathRegex} this filter served. */
  public int count(String method, String pathRegex) {
    Pattern pattern = Pattern.compile(pathRegex);
    int count = 0;
    for (String request : served) {
      int space = request.indexOf(' ');
      if (request.substring(0, space).equals(method) && pattern.matcher(request.substring(space + 1)).matches()) {
        count++;
      }
    }
    return count;
  }

  /** The bytes of {@code fileId}'s content sent so far, over all downloads and ranges. */
  public long bytesServed(String fileId) {
    AtomicLong counter = bytesServed.get(fileId);
    return counter == null ? 0 : counter.get();
  }

  /**
   * Cuts the download of {@code fileId} that would send its bytes past {@code totalBytes} (over all its downloads),
   * once: that download sends the bytes up to the mark, then loses its connection.
   */
  public void cutOnceAfter(String fileId, long totalBytes) {
    cutOnceAt.put(fileId, totalBytes);
  }

  /** Forgets the requests and bytes served. */
  public void reset() {
    served.clear();
    bytesServed.clear();
  }

  /** Ends stalled answers early, so that the server can stop. */
  public void stopping() {
    stopping = true;
  }

  /** Deletes the upload directory (after the state discarded its files). */
  public void stop() {
    try {
      Files.deleteIfExists(uploads);
    } catch (IOException ignored) {
      // best effort: a leftover upload still being written keeps the directory
    }
  }

  /** Cuts the connection under an answer already under way: the client sees a truncated body. */
  private static void abort(HttpServletRequest request) {
    wiremock.org.eclipse.jetty.server.Request base =
        wiremock.org.eclipse.jetty.server.Request.getBaseRequest(request);
    base.getHttpChannel().abort(new IOException("simulated cut of the connection"));
  }

  private void pause(long millis) {
    long until = System.nanoTime() + millis * 1_000_000;
    try {
      while (!stopping && System.nanoTime() < until) {
        Thread.sleep(Math.min(50, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void error(HttpServletResponse response, int status, String message) throws IOException {
    byte[] body = SimJson.write(Map.of("errors", List.of(message))).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
