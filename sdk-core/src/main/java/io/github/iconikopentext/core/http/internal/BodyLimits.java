package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.StreamingBody;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import retrofit2.Invocation;

/**
 * Bounds what a response may cost (an application interceptor, so that it counts the bytes after OkHttp's
 * transparent gzip decoding: a small compressed body cannot unpack past the limit): the body of a call marked
 * {@link StreamingBody} gets the {@link ProgressGuard} (and so does its request body); any other successful response
 * may not be longer than the maximum response size ({@link ResponseTooLargeException} while it is read, never
 * buffered first); an error response is cut at {@link ErrorMapper#MAX_ERROR_BODY_BYTES}, the most of it the SDK
 * reads. Thread-safe. Not part of the API.
 */
public final class BodyLimits implements Interceptor {
  private final long maxResponseBytes;

  public BodyLimits(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /** Whether {@code request} belongs to a service method marked {@link StreamingBody}. */
  public static boolean isStreaming(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(StreamingBody.class);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean streaming = isStreaming(request);
    if (streaming && request.body() != null) {
      request = request.newBuilder()
          .method(request.method(), ProgressGuard.guard(request.body(), chain.writeTimeoutMillis())).build();
    }
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    if (!response.isSuccessful()) {
      return response.newBuilder().body(limited(body, ErrorMapper.MAX_ERROR_BODY_BYTES, false)).build();
    }
    return response.newBuilder().body(streaming
        ? ProgressGuard.guard(body, chain.readTimeoutMillis())
        : limited(body, maxResponseBytes, true)).build();
  }

  /** {@code body}, failing (or, when not {@code strict}, ending) after {@code limit} bytes. */
  private static ResponseBody limited(ResponseBody body, long limit, boolean strict) {
    long declared = body.contentLength();
    Source source = new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (strict && declared > limit) {
          throw new ResponseTooLargeException(limit);
        }
        long allowed = limit - read;
        if (allowed <= 0) {
          if (!strict) {
            return -1;
          }
          if (super.read(new Buffer(), 1) == -1) {
            return -1;
          }
          throw new ResponseTooLargeException(limit);
        }
        long n = super.read(sink, Math.min(byteCount, allowed));
        read += Math.max(n, 0);
        return n;
      }
    };
    return ResponseBody.create(Okio.buffer(source), body.contentType(),
        strict || declared < 0 ? declared : Math.min(declared, limit));
  }
}
