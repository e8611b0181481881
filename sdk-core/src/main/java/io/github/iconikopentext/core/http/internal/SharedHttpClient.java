package io.github.iconikopentext.core.http.internal;

import okhttp3.OkHttpClient;

/**
 * The process-wide OkHttp client the SDK derives its clients from when the caller gives none, so that all SDK
 * clients share one connection pool and one dispatcher. Its threads are OkHttp's daemon threads; it is never shut
 * down. It never follows a redirect from https to http; the SDK's API clients derived from it follow no redirect
 * at all by themselves ({@link RedirectRule}). Not part of the API.
 */
public final class SharedHttpClient {
  private SharedHttpClient() {}

  private static final class Holder {
    static final OkHttpClient INSTANCE = new OkHttpClient.Builder().followSslRedirects(false).build();
  }

  public static OkHttpClient get() {
    return Holder.INSTANCE;
  }
}
