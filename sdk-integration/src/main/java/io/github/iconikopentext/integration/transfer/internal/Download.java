package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.http.internal.ErrorMapper;
import io.github.iconikopentext.core.http.internal.ProgressGuard;
import io.github.iconikopentext.core.http.internal.Redaction;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Streams a signed download URL, optionally from a byte offset (HTTP range). Sends no credentials: signed URLs carry
 * their own authorisation. The body must keep moving: fewer than 64 KiB within the client's read timeout of waiting
 * fails it ({@link ProgressGuard}). Not part of the API.
 */
public final class Download {
  private final OkHttpClient client;

  public Download(OkHttpClient client) {
    this.client = client != null ? client : SharedHttpClient.get();
  }

  /** An open download. {@link #offset()} is where {@link #stream()} starts: 0 if the server ignored the range. */
  public record Body(long offset, InputStream stream, Response response) implements Closeable {
    @Override
    public void close() {
      response.close();
    }
  }

  public Body open(String url, long offset) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new InvalidResponseException("download URL is not an http(s) URL", "", null);
    }
    Request.Builder request = new Request.Builder().url(parsed).get();
    if (offset > 0) {
      request.header("Range", "bytes=" + offset + "-");
    }
    Response response;
    try {
      response = client.newCall(request.build()).execute();
    } catch (IOException e) {
      throw new NetworkException("GET " + Redaction.pathAndQuery(parsed) + " failed: " + e, e);
    }
    if (response.code() == 416 && offset > 0) {
      response.close();
      return open(url, 0); // our partial write does not fit this file: start over
    }
    if (!response.isSuccessful()) {
      ResponseBody errorBody = response.body();
      throw ErrorMapper.map(response, errorBody, Clock.systemUTC());
    }
    long start = response.code() == 206 ? offset : 0;
    // A per-read timeout alone lets a server that drips a byte at a time hold the transfer for ever.
    ResponseBody body = ProgressGuard.guard(response.body(), client.readTimeoutMillis());
    return new Body(start, body.byteStream(), response);
  }
}
