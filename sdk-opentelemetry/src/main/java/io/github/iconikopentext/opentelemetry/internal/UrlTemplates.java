package io.github.iconikopentext.opentelemetry.internal;

import io.github.iconikopentext.core.http.CallInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import retrofit2.Invocation;

/**
 * The {@code url.template} of a call: its service method's Retrofit path ({@code @GET("API/assets/v1/assets/{id}/")})
 * under the path of the client's base URL, found in the request's path. Stateless. Not part of the API.
 */
final class UrlTemplates {
  private UrlTemplates() {}

  /** The template, or {@code null} for a call made without a service method or whose path does not show it. */
  static String of(CallInfo call) {
    Invocation invocation = call.request().tag(Invocation.class);
    String relative = invocation == null ? null : relativePath(invocation.method());
    if (relative == null || relative.isEmpty() || relative.contains("://")) {
      return null;
    }
    String path = call.path();
    if (relative.startsWith("/")) {
      return relative;
    }
    int brace = relative.indexOf('{');
    String fixed = brace < 0 ? relative : relative.substring(0, brace);
    int at = path.indexOf("/" + fixed);
    return at < 0 ? null : path.substring(0, at + 1) + relative;
  }

  /** The value of the method's Retrofit HTTP annotation ({@code GET}, {@code POST}, … {@code HTTP}'s path). */
  private static String relativePath(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (!type.getPackageName().equals("retrofit2.http")) {
        continue;
      }
      try {
        Method value = type.getSimpleName().equals("HTTP") ? type.getMethod("path") : type.getMethod("value");
        if (value.getReturnType() == String.class && type.getSimpleName().matches("[A-Z]+")) {
          return (String) value.invoke(annotation);
        }
      } catch (ReflectiveOperationException e) {
        // not an HTTP-method annotation (e.g. Headers, whose value is an array)
      }
    }
    return null;
  }
}
