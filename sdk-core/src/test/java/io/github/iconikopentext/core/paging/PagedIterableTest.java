package io.github.iconikopentext.core.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.InvalidResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagedIterableTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void nextUrlPaging_readsEveryItemOnceAcrossThreePages() {
    PagingFixture.stubThreePages(server);
    PagingFixture.Api api = PagingFixture.api(server);

    List<String> ids = new ArrayList<>();
    for (PagingFixture.Item item : PagingFixture.iterate(api)) {
      ids.add(item.id());
    }

    assertThat(ids).containsExactly("a1", "a2", "b1", "b2", "c1");
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x")));
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x&page=2")));
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x&page=3")));
  }

  @Test
  void stoppingEarly_fetchesNoFurtherPage() {
    PagingFixture.stubThreePages(server);
    PagingFixture.Api api = PagingFixture.api(server);

    List<String> firstThree = PagingFixture.iterate(api).stream().limit(3).map(PagingFixture.Item::id).toList();

    assertThat(firstThree).containsExactly("a1", "a2", "b1");
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x")));
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x&page=2")));
    server.verify(0, getRequestedFor(urlEqualTo("/api/items/?per_page=2&q=x&page=3")));
  }

  @Test
  void nothingIsFetchedBeforeIteration() {
    PagingFixture.stubThreePages(server);
    PagingFixture.iterate(PagingFixture.api(server));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void pageNumberPaging_stopsAtLastPage() {
    AtomicInteger fetches = new AtomicInteger();
    PagedIterable<Integer> numbers = PagedIterable.of(new PageRequest.Number(1), request -> {
      fetches.incrementAndGet();
      int page = ((PageRequest.Number) request).page();
      return new Page<>(List.of(page * 10, page * 10 + 1), page < 3 ? new PageRequest.Number(page + 1) : null, 6L);
    });

    assertThat(numbers).containsExactly(10, 11, 20, 21, 30, 31);
    assertThat(fetches).hasValue(3);
    assertThat(numbers.pages().iterator().next().totalCount()).contains(6L);
  }

  @Test
  void cursorPaging_passesTheLastSortValuesOn() {
    List<List<Object>> cursorsSeen = new ArrayList<>();
    PagedIterable<String> hits = PagedIterable.of(new PageRequest.Cursor(List.of()), request -> {
      List<Object> after = ((PageRequest.Cursor) request).searchAfter();
      cursorsSeen.add(after);
      if (after.isEmpty()) {
        return new Page<>(List.of("h1", "h2"), new PageRequest.Cursor(List.of(2, "h2")), null);
      }
      return Page.last(List.of("h3"));
    });

    assertThat(hits).containsExactly("h1", "h2", "h3");
    assertThat(cursorsSeen).containsExactly(List.of(), List.of(2, "h2"));
  }

  @Test
  void emptyPagesInTheMiddle_areSkipped() {
    PagedIterable<String> items = PagedIterable.of(new PageRequest.Number(1), request -> {
      int page = ((PageRequest.Number) request).page();
      return switch (page) {
        case 1 -> new Page<>(List.of("x"), new PageRequest.Number(2), null);
        case 2 -> new Page<>(List.of(), new PageRequest.Number(3), null);
        default -> Page.last(List.of("y"));
      };
    });
    assertThat(items).containsExactly("x", "y");
  }

  @Test
  void serverRepeatingTheSameNextLink_isReportedNotLoopedOn() {
    server.stubFor(get(urlEqualTo("/api/items/?per_page=2&q=x")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"a\"}], \"next_url\": \"/api/items/?per_page=2&q=x&page=2\"}")));
    server.stubFor(get(urlEqualTo("/api/items/?per_page=2&q=x&page=2")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"b\"}], \"next_url\": \"/api/items/?per_page=2&q=x&page=2\"}")));

    assertThatThrownBy(() -> PagingFixture.iterate(PagingFixture.api(server)).stream().toList())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("linked back to a page already fetched");
  }
}
