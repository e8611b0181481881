package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.Idempotent;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Lets service interfaces declare plain result types ({@code Asset get(...)}) or {@code CompletableFuture<Asset>}
 * and runs them through {@link CallExecutor}. A method declaring {@code Call<T>} is refused: its calls would bypass
 * the retry, the deadline and the call listeners (the audit trail among them). Not part of the API.
 */
public final class SdkCallAdapterFactory extends CallAdapter.Factory {
  private final CallExecutor executor;

  public SdkCallAdapterFactory(CallExecutor executor) {
    this.executor = executor;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class) {
      throw new IllegalArgumentException("a service method must not return Call<T>: its calls would bypass the SDK's"
          + " retry, deadline and call listeners (audit included); return T or CompletableFuture<T>");
    }
    boolean idempotent = false;
    for (Annotation a : annotations) {
      idempotent |= a instanceof Idempotent;
    }
    boolean markedIdempotent = idempotent;
    if (raw == CompletableFuture.class) {
      if (!(returnType instanceof ParameterizedType parameterized)) {
        throw new IllegalArgumentException("CompletableFuture return type must be parameterized");
      }
      Type inner = getParameterUpperBound(0, parameterized);
      return new CallAdapter<Object, CompletableFuture<Object>>() {
        @Override
        public Type responseType() {
          return inner;
        }

        @Override
        public CompletableFuture<Object> adapt(Call<Object> call) {
          return executor.executeAsync(call, markedIdempotent);
        }
      };
    }
    return new CallAdapter<Object, Object>() {
      @Override
      public Type responseType() {
        return returnType;
      }

      @Override
      public Object adapt(Call<Object> call) {
        return executor.execute(call, markedIdempotent);
      }
    };
  }
}
