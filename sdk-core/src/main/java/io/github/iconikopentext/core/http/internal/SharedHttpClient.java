package io.github.iconikopentext.core.http.internal;

import okhttp3.OkHttpClient;

/**
 * The process-wide OkHttp client the SDK derives its clients from when the caller gives none, so that all SDK
 * clients share one connection pool and one dispatcher. Its threads are OkHttp's daemon threads; it is never shut
 * down. Not part of the API.
 */
public final class SharedHttpClient {
  private SharedHttpClient() {}

  private static final class Holder {
    static final OkHttpClient INSTANCE = new OkHttpClient();
  }

  public static OkHttpClient get() {
    return Holder.INSTANCE;
  }
}
