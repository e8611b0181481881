package io.github.iconikopentext.benchmarks.paging;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.iconik.model.Asset;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What a hand-written client does without the SDK: OkHttp GETs following {@code next_url}, and Moshi decoding each
 * body straight from the response stream into the same {@link Asset} records, with the same type adapters (the SDK's
 * {@link io.github.iconikopentext.core.json.Json}). No rate limit, retry, error mapping or origin check. Public only
 * because Moshi reads public records. Thread-safe.
 */
public final class RawAssetLister {
  private final OkHttpClient http = new OkHttpClient();
  private final JsonAdapter<AssetPage> pages =
      io.github.iconikopentext.core.json.Json.moshi().adapter(AssetPage.class);
  private final HttpUrl base;
  private final String appId;
  private final String token;

  /** iconik's list envelope, reduced to what the loop needs. */
  public record AssetPage(List<Asset> objects, @Json(name = "next_url") String nextUrl) {}

  RawAssetLister(String baseUrl, String appId, String token) {
    this.base = HttpUrl.get(baseUrl);
    this.appId = appId;
    this.token = token;
  }

  /** Feeds every asset of every page to {@code sink}; returns how many there were. */
  long forEach(Consumer<Asset> sink) throws IOException {
    long count = 0;
    HttpUrl url = base.resolve(AssetPageServer.PATH + "?per_page=" + AssetPageServer.PER_PAGE);
    while (url != null) {
      Request request = new Request.Builder().url(url).header("App-ID", appId).header("Auth-Token", token).build();
      AssetPage page;
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful() || response.body() == null) {
          throw new IOException("GET " + url + ": HTTP " + response.code());
        }
        page = pages.fromJson(response.body().source());
      }
      if (page == null) {
        throw new IOException("GET " + url + ": the body is JSON null");
      }
      for (Asset asset : page.objects()) {
        sink.accept(asset);
        count++;
      }
      url = page.nextUrl() == null ? null : base.resolve(page.nextUrl());
    }
    return count;
  }
}
