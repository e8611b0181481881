package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.http.internal.ErrorMapper;
import io.github.iconikopentext.core.http.internal.Redaction;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Opens a signed download URL, whole or from a byte offset or for a byte range (HTTP {@code Range}). Sends no
 * credentials: signed URLs carry their own authorisation. Reads have no per-read timeout — each would wake Okio's
 * watchdog thread for every 8 KiB — so a stuck download is ended by the pipeline's {@link StallWatchdog}, which
 * cancels its call. Thread-safe. Not part of the API.
 */
public final class Download {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final OkHttpClient client;

  public Download(OkHttpClient client) {
    this.client = (client != null ? client : SharedHttpClient.get()).newBuilder()
        .readTimeout(Duration.ZERO)
        .callTimeout(Duration.ZERO)
        .build();
  }

  /**
   * An open download.
   *
   * @param url the URL, for messages (query values that look secret masked)
   * @param call the call, to cancel it
   * @param response the response, closed by {@link #close()}
   * @param start the file position of the first byte of the body: the offset asked for, or 0 when the server
   *     ignored the range
   * @param length the body's length, or -1 when unknown
   * @param total the whole file's size as the server states it, or -1 when unknown
   * @param ranged whether the server answered a range request with 206, so further ranges can be asked for
   */
  record Body(String url, Call call, Response response, long start, long length, long total, boolean ranged)
      implements Closeable {

    BufferedSource source() {
      return response.body().source();
    }

    void cancel() {
      call.cancel();
    }

    @Override
    public void close() {
      response.close();
    }
  }

  /**
   * GETs {@code url} from byte {@code offset}: to the end ({@code Range: bytes=offset-}, even for 0), or only
   * {@code probe} bytes when the caller means to fetch the rest in further ranges. A server that ignores ranges
   * answers 200 with the whole file either way; one that answers 416 (the offset is past its file) is asked again
   * from byte 0.
   */
  Body open(String url, long offset, long probe) {
    Body body = get(url, offset, probe > 0 ? offset + probe - 1 : -1);
    if (body == null) { // 416: our offset does not fit this file; start over
      body = get(url, 0, probe > 0 ? probe - 1 : -1);
    }
    if (body == null) {
      throw new InvalidResponseException("GET " + redacted(url) + " answered 416 to a request for the whole file", "",
          null);
    }
    return body;
  }

  /** GETs bytes {@code first} to {@code last} (inclusive); the server must answer 206 with exactly that range. */
  Body range(String url, long first, long last) {
    Body body = get(url, first, last);
    if (body == null || !body.ranged() || body.start() != first || body.length() != last - first + 1) {
      if (body != null) {
        body.close();
      }
      throw new InvalidResponseException("GET " + redacted(url) + " did not answer the range " + first + "-" + last
          + " it had agreed to serve", "", null);
    }
    return body;
  }

  /** The response, or null for 416 Range Not Satisfiable. */
  private Body get(String url, long first, long last) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new InvalidResponseException("download URL is not an http(s) URL", "", null);
    }
    Request request = new Request.Builder().url(parsed).get()
        .header("Range", "bytes=" + first + "-" + (last >= 0 ? Long.toString(last) : ""))
        .build();
    Call call = client.newCall(request);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new NetworkException("GET " + Redaction.pathAndQuery(parsed) + " failed: " + e, e);
    }
    if (response.code() == 416) {
      response.close();
      return null;
    }
    if (!response.isSuccessful()) {
      try {
        throw ErrorMapper.map(response, response.body(), Clock.systemUTC());
      } finally {
        response.close();
      }
    }
    long length = response.body().contentLength();
    if (response.code() == 206) {
      Matcher range = CONTENT_RANGE.matcher(response.header("Content-Range", ""));
      if (!range.matches() || Long.parseLong(range.group(1)) != first) {
        response.close();
        throw new InvalidResponseException("GET " + Redaction.pathAndQuery(parsed) + " answered 206 with "
            + "Content-Range '" + response.header("Content-Range", "") + "' to a request from byte " + first, "",
            null);
      }
      long total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
      long rangeLength = Long.parseLong(range.group(2)) - first + 1;
      return new Body(Redaction.pathAndQuery(parsed), call, response, first, rangeLength, total, true);
    }
    return new Body(Redaction.pathAndQuery(parsed), call, response, 0, length, length, false);
  }

  private static String redacted(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed == null ? "(not a URL)" : Redaction.pathAndQuery(parsed);
  }
}
