package io.github.iconikopentext.core.http.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.error.InvalidResponseException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps a JSON converter so that a body it cannot read becomes an {@link InvalidResponseException} carrying the
 * JSON path and a short, redacted excerpt of the body start, instead of a raw Moshi exception. A body that is JSON
 * {@code null} is invalid too: a typed call expects a value (a 204 without body never reaches a converter). Only the
 * first {@value #EXCERPT_BYTES} bytes are kept aside; the body is still streamed. Not part of the API.
 */
public final class ExcerptingConverterFactory extends Converter.Factory {
  static final int EXCERPT_BYTES = 256;

  private final Converter.Factory delegate;

  public ExcerptingConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> inner = delegate.responseBodyConverter(type, annotations, retrofit);
    if (inner == null) {
      return null;
    }
    return body -> {
      String start = start(body.source());
      try {
        Object value = inner.convert(body);
        if (value == null) {
          throw new InvalidResponseException("response body is JSON null where "
              + Types.getRawType(type).getSimpleName() + " was expected", Redaction.excerpt(start, 200), null);
        }
        return value;
      } catch (JsonDataException | JsonEncodingException e) {
        throw new InvalidResponseException("response body is not the expected JSON: " + e.getMessage(),
            Redaction.excerpt(start, 200), e);
      } catch (EOFException e) {
        // OkHttp reports a body cut off by the network as a ProtocolException; an EOFException from the JSON
        // reader means the HTTP body arrived complete but its JSON ended early (or was empty).
        if (start.isBlank()) {
          throw new InvalidResponseException("response body is empty where JSON was expected", "", e);
        }
        throw new InvalidResponseException("response body ends before its JSON is complete: " + e.getMessage(),
            Redaction.excerpt(start, 200), e);
      }
    };
  }

  /**
   * The first {@value #EXCERPT_BYTES} bytes of {@code source} (or fewer, if it is shorter) as text, without
   * consuming them: for the excerpt of an exception if the body turns out unreadable.
   */
  public static String start(BufferedSource source) throws IOException {
    source.request(EXCERPT_BYTES);
    long available = Math.min(source.getBuffer().size(), EXCERPT_BYTES);
    return source.getBuffer().snapshot((int) available).string(StandardCharsets.UTF_8);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }
}
