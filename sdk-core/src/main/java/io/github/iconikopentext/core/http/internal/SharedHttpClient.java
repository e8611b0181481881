package io.github.iconikopentext.core.http.internal;

import okhttp3.OkHttpClient;

/**
 * The OkHttp client the SDK derives its clients from when the caller gives none, so that all SDK clients share one
 * connection pool and one dispatcher. Its dispatcher threads are the SDK's ({@link SdkThreads}): they run while a
 * client holds a lease and are stopped with the last one, after which this returns a fresh client. It never follows
 * a redirect from https to http; the SDK's API clients derived from it follow no redirect at all by themselves
 * ({@link RedirectRule}). Not part of the API.
 */
public final class SharedHttpClient {
  private SharedHttpClient() {}

  public static OkHttpClient get() {
    return SdkThreads.httpClient();
  }
}
