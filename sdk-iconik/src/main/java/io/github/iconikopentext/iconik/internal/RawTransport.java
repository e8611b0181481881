package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.http.internal.CallExecutor;
import io.github.iconikopentext.core.http.internal.ExcerptingConverterFactory;
import io.github.iconikopentext.core.http.internal.Redaction;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PageRequest;
import io.github.iconikopentext.core.paging.PagedIterable;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Calls iconik paths chosen at run time — raw calls and server-sent {@code next_url} links — through the same stack
 * as the typed calls (auth, rate limit, retry, redirect rule, deadline, maximum response size, error mapping), and
 * decodes their bodies with the client's Moshi straight from the network: a page is never held as bytes or text.
 * Paths are checked to stay on the iconik origin. Thread-safe. Not part of the API.
 */
public final class RawTransport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int EXCERPT_CHARS = 200;

  private final RawApi api;
  private final Moshi moshi;
  private final HttpUrl base;

  public RawTransport(HttpStack stack) {
    this.api = stack.create(RawApi.class);
    this.moshi = stack.moshi();
    this.base = stack.baseUrl();
  }

  /**
   * Sends {@code method} to {@code pathOrUrl} with {@code body} as JSON ({@code null}: no body) and decodes the
   * response as {@code responseType}; {@code null} for an empty response (204) or a JSON {@code null}.
   *
   * @throws IllegalArgumentException for an unsupported method or a path off the iconik origin
   */
  public <T> T call(String method, String pathOrUrl, Object body, Type responseType) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathOrUrl, "path == null");
    Objects.requireNonNull(responseType, "responseType == null");
    String verb = method.toUpperCase(Locale.ROOT);
    String url = IconikUrls.resolve(base, pathOrUrl).toString();
    RequestBody requestBody = body == null ? RequestBody.create(new byte[0], null)
        : RequestBody.create(moshi.adapter(Object.class).toJson(body), JSON);
    ResponseBody response = switch (verb) {
      case "GET" -> api.get(url);
      case "DELETE" -> body == null ? api.delete(url) : api.delete(url, requestBody);
      case "POST" -> api.post(url, requestBody);
      case "PUT" -> api.put(url, requestBody);
      case "PATCH" -> api.patch(url, requestBody);
      default -> throw new IllegalArgumentException(
          "unsupported HTTP method '" + method + "'; use GET, POST, PUT, PATCH or DELETE");
    };
    return decode(response, responseType, verb + " " + HttpUrl.get(url).encodedPath());
  }

  /**
   * A lazily paged list whose first page comes from {@code first} and whose further pages follow iconik's
   * {@code next_url} links.
   */
  public <T> PagedIterable<T> linked(Supplier<IconikList<T>> first, Type itemType) {
    Type listType = Types.newParameterizedType(IconikList.class, itemType);
    return PagedIterable.of(PageRequest.firstPage(), request -> {
      IconikList<T> list = request instanceof PageRequest.NextUrl link ? followLink(link.url(), listType) : first.get();
      if (list == null) {
        throw new InvalidResponseException("iconik returned JSON null where a list page was expected", "", null);
      }
      return new Page<>(list.objects(), list.hasNextUrl() ? new PageRequest.NextUrl(list.nextUrl()) : null,
          list.total());
    });
  }

  private <T> IconikList<T> followLink(String link, Type listType) {
    try {
      IconikUrls.resolve(base, link);
    } catch (IllegalArgumentException e) {
      throw new InvalidResponseException("iconik's next_url cannot be followed: " + e.getMessage(), "", e);
    }
    return call("GET", link, null, listType);
  }

  /** Reads {@code body} as JSON of {@code type} as it arrives, and closes it. */
  private <T> T decode(ResponseBody body, Type type, String request) {
    if (body == null) {
      return null;
    }
    String start = "";
    try (body) {
      if (type == Void.class) {
        return null;
      }
      BufferedSource source = body.source();
      start = ExcerptingConverterFactory.start(source);
      if (start.isBlank() && source.exhausted()) {
        return null;
      }
      JsonReader reader = JsonReader.of(source);
      T value = moshi.<T>adapter(type).fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } catch (JsonDataException | JsonEncodingException e) {
      throw new InvalidResponseException(request + ": response body is not the expected JSON: " + e.getMessage(),
          Redaction.excerpt(start, EXCERPT_CHARS), e);
    } catch (EOFException e) {
      if (start.isBlank()) {
        return null;
      }
      throw new InvalidResponseException(request + ": response body ends before its JSON is complete",
          Redaction.excerpt(start, EXCERPT_CHARS), e);
    } catch (IOException e) {
      throw CallExecutor.ioFailure(request, e);
    }
  }
}
