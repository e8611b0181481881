package io.github.iconikopentext.iconik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.iconik.internal.AssetsApi;
import io.github.iconikopentext.iconik.internal.RawApi;
import io.github.iconikopentext.iconik.spec.IconikOpenApi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Url;

/**
 * Every Retrofit method of the iconik client calls an operation that exists in iconik's official OpenAPI specs: same
 * HTTP method, same path template once parameter names are erased. The Retrofit interfaces are discovered from the
 * compiled {@code internal} package, so a new interface cannot escape the check.
 */
class ContractTest {

  record Endpoint(Class<?> api, Method method, String httpMethod, String path) {
    @Override
    public String toString() {
      return api.getSimpleName() + "." + method.getName() + " " + httpMethod + " " + path;
    }
  }

  @Test
  void everyRetrofitMethodIsAnOperationOfTheOfficialSpec() throws Exception {
    IconikOpenApi spec = IconikOpenApi.get();
    List<Endpoint> endpoints = endpoints();
    List<String> missing = new ArrayList<>();
    for (Endpoint e : endpoints) {
      if (!e.path().startsWith("API/") || !e.path().endsWith("/")) {
        missing.add(e + " (iconik paths are relative to the base URL, start with API/ and end with /)");
        continue;
      }
      try {
        spec.operation(e.httpMethod(), "/" + e.path());
      } catch (AssertionError notInSpec) {
        missing.add(e + ": " + notInSpec.getMessage());
      }
    }

    assertThat(endpoints).as("Retrofit methods found").hasSizeGreaterThan(40);
    assertThat(missing).as("methods whose operation is not in iconik's spec").isEmpty();
  }

  @Test
  void onlyTheRawApiTakesItsUrlAtRunTime() throws Exception {
    List<String> dynamic = new ArrayList<>();
    for (Class<?> api : retrofitInterfaces()) {
      for (Method m : api.getDeclaredMethods()) {
        boolean hasUrl = Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(Url.class));
        if (hasUrl && api != RawApi.class) {
          dynamic.add(api.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(dynamic).isEmpty();
  }

  /** Checked here as well as at the first call, so that a misnamed target fails the build, not an audited call. */
  @Test
  void everyAuditTargetIsAPathParameterOfItsMethod() throws Exception {
    List<String> wrong = new ArrayList<>();
    int audited = 0;
    for (Endpoint e : endpoints()) {
      Audited a = e.method().getAnnotation(Audited.class);
      if (a == null) {
        continue;
      }
      audited++;
      boolean isParameter = a.target().isEmpty() || (e.path().contains("{" + a.target() + "}")
          && Arrays.stream(e.method().getParameters()).map(p -> p.getAnnotation(retrofit2.http.Path.class))
              .anyMatch(p -> p != null && p.value().equals(a.target())));
      if (!isParameter) {
        wrong.add(e + ": @Audited(target = \"" + a.target() + "\")");
      }
    }
    assertThat(audited).as("audited methods").isGreaterThanOrEqualTo(14);
    assertThat(wrong).isEmpty();
  }

  @Test
  void theSpecNormalisationComparesTemplatesNotParameterNames() {
    assertThat(IconikOpenApi.normalize("/v1/assets/{asset_id}/formats/{name}/"))
        .isEqualTo(IconikOpenApi.normalize("/v1/assets/{id}/formats/{format_id}/"))
        .isEqualTo("/v1/assets/{}/formats/{}/");
    assertThat(IconikOpenApi.get().operation("GET", "/API/files/v1/assets/{x}/formats/{y}/").path())
        .startsWith("/v1/assets/{asset_id}/formats/");
  }

  @Test
  void aPathMissingFromTheSpecIsReported() {
    IconikOpenApi spec = IconikOpenApi.get();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> spec.operation("GET", "/API/assets/v1/asset/{id}/"))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> spec.operation("PATCH", "/API/notifications/v1/webhooks/{id}/"))
        .as("webhooks are updated with PUT only")
        .isInstanceOf(AssertionError.class);
  }

  static List<Endpoint> endpoints() throws Exception {
    List<Endpoint> out = new ArrayList<>();
    for (Class<?> api : retrofitInterfaces()) {
      for (Method m : api.getDeclaredMethods()) {
        if (Arrays.stream(m.getParameters()).map(Parameter::getAnnotations).flatMap(Arrays::stream)
            .anyMatch(a -> a instanceof Url)) {
          continue;
        }
        for (Annotation a : m.getAnnotations()) {
          String[] verbAndPath = verbAndPath(a);
          if (verbAndPath != null) {
            out.add(new Endpoint(api, m, verbAndPath[0], verbAndPath[1]));
          }
        }
      }
    }
    return out;
  }

  private static String[] verbAndPath(Annotation a) {
    if (a instanceof GET g) {
      return new String[] {"GET", g.value()};
    } else if (a instanceof POST p) {
      return new String[] {"POST", p.value()};
    } else if (a instanceof PUT p) {
      return new String[] {"PUT", p.value()};
    } else if (a instanceof PATCH p) {
      return new String[] {"PATCH", p.value()};
    } else if (a instanceof DELETE d) {
      return new String[] {"DELETE", d.value()};
    } else if (a instanceof HTTP h) {
      return new String[] {h.method(), h.path()};
    }
    return null;
  }

  /** The interfaces of the compiled internal package that declare Retrofit methods. */
  static List<Class<?>> retrofitInterfaces() throws IOException, URISyntaxException, ClassNotFoundException {
    String pkg = AssetsApi.class.getPackageName();
    Path dir = Path.of(AssetsApi.class.getResource(AssetsApi.class.getSimpleName() + ".class").toURI()).getParent();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
        if (type.isInterface() && Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> verbAndPath(a) != null))) {
          out.add(type);
        }
      }
    }
    return out;
  }
}
