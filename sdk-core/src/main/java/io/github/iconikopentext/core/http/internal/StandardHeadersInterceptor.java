package io.github.iconikopentext.core.http.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the SDK's User-Agent and a request id to every request that lacks them. Not part of the API. */
public final class StandardHeadersInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder();
    if (request.header(ErrorMapper.REQUEST_ID_HEADER) == null) {
      b.header(ErrorMapper.REQUEST_ID_HEADER, UUID.randomUUID().toString());
    }
    b.header("User-Agent", SdkVersion.USER_AGENT);
    return chain.proceed(b.build());
  }
}
