package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.Idempotent;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Lets service interfaces declare plain result types ({@code Asset get(...)}) or {@code CompletableFuture<Asset>}
 * and runs them through {@link CallExecutor}. Methods declaring {@code Call<T>} keep Retrofit's default behaviour.
 * An optional factory of {@link CallObserver}s is asked once per service method (with its annotations); methods it
 * gives no observer run exactly as without it. Not part of the API.
 */
public final class SdkCallAdapterFactory extends CallAdapter.Factory {
  private final CallExecutor executor;
  private final Function<Annotation[], CallObserver> observers;

  public SdkCallAdapterFactory(CallExecutor executor) {
    this(executor, annotations -> null);
  }

  public SdkCallAdapterFactory(CallExecutor executor, Function<Annotation[], CallObserver> observers) {
    this.executor = executor;
    this.observers = observers;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    CallObserver observer = observers.apply(annotations);
    if (raw == Call.class) {
      if (observer != null) {
        throw new IllegalArgumentException("an observed (e.g. @Audited) method must not return Call<T>: its calls "
            + "would bypass the SDK's executor and go unobserved");
      }
      return null;
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
          return executor.executeAsync(call, markedIdempotent, observer);
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
        return executor.execute(call, markedIdempotent, observer);
      }
    };
  }
}
