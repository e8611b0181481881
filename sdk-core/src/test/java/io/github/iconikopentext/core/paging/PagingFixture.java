package io.github.iconikopentext.core.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.http.HttpStack;
import java.net.URI;
import java.util.List;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** An iconik-like paged endpoint (Moshi reads only public records): relative {@code next_url} links that repeat the original query. */
final class PagingFixture {
  public record Item(String id) {}

  public record ItemPage(List<Item> objects, String next_url, Long total) {}

  interface Api {
    @GET("api/items/")
    ItemPage first(@Query("per_page") int perPage, @Query("q") String query);

    @GET
    ItemPage next(@Url String url);
  }

  private PagingFixture() {}

  static Api api(WireMockExtension server) {
    return HttpStack.builder("paging", URI.create(server.baseUrl())).build().create(Api.class);
  }

  static PagedIterable<Item> iterate(Api api) {
    return PagedIterable.of(new PageRequest.Number(1), request -> {
      ItemPage page = request instanceof PageRequest.NextUrl next ? api.next(next.url()) : api.first(2, "x");
      PageRequest following = page.next_url() == null || page.next_url().isEmpty()
          ? null : new PageRequest.NextUrl(page.next_url());
      return new Page<>(page.objects(), following, page.total());
    });
  }

  static void stubThreePages(WireMockExtension server) {
    server.stubFor(get(urlEqualTo("/api/items/?per_page=2&q=x")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"a1\"}, {\"id\": \"a2\"}], \"total\": 5,"
            + " \"next_url\": \"/api/items/?per_page=2&q=x&page=2\"}")));
    server.stubFor(get(urlEqualTo("/api/items/?per_page=2&q=x&page=2")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"b1\"}, {\"id\": \"b2\"}], \"total\": 5,"
            + " \"next_url\": \"/api/items/?per_page=2&q=x&page=3\"}")));
    server.stubFor(get(urlEqualTo("/api/items/?per_page=2&q=x&page=3")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"c1\"}], \"total\": 5, \"next_url\": null}")));
  }
}
