package io.github.iconikopentext.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors at run time: this module, sdk-integration, sdk-iconik, sdk-opentext and sdk-core, with
 * their dependencies as automatic modules, resolve as a module layer (no missing {@code requires}, no package in two
 * modules), and a template target of kind {@code s3} is built through sdk-integration's {@code ServiceLoader}
 * ({@code uses} in sdk-integration, {@code provides} here). The rest of this module's tests run on the class path.
 */
class ModulePathTest {
  private static final String CORE = "io.github.iconikopentext.core";
  private static final String INTEGRATION = "io.github.iconikopentext.integration";
  private static final String S3 = "io.github.iconikopentext.storage.s3";

  private static ModuleLayer layer() throws Exception {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(Path.of(System.getProperty("sdk.module.classes")));
    String dependencies = Files.readString(Path.of(System.getProperty("sdk.module.dependencies")),
        StandardCharsets.UTF_8).strip();
    for (String entry : dependencies.split(File.pathSeparator)) {
      modulePath.add(Path.of(entry));
    }
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of(S3));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theSdkModulesResolve_andInternalsAreExportedOnlyToTheirSiblings() throws Exception {
    ModuleLayer layer = layer();
    Module core = layer.findModule(CORE).orElseThrow();
    Module integration = layer.findModule(INTEGRATION).orElseThrow();
    Module s3 = layer.findModule(S3).orElseThrow();

    assertThat(core.getDescriptor().isAutomatic()).isFalse();
    assertThat(core.isExported("io.github.iconikopentext.core.http")).isTrue();
    assertThat(core.isExported("io.github.iconikopentext.core.http.internal")).isFalse();
    assertThat(core.isExported("io.github.iconikopentext.core.http.internal", integration)).isTrue();
    assertThat(core.isExported("io.github.iconikopentext.core.http.internal", s3)).isFalse();
    assertThat(integration.getDescriptor().uses())
        .contains("io.github.iconikopentext.integration.transfer.TransferTargetFactory");
    Set<String> named = layer.modules().stream().map(Module::getName).filter(n -> n.startsWith("io.github"))
        .collect(Collectors.toSet());
    assertThat(named).contains(CORE, "io.github.iconikopentext.iconik", "io.github.iconikopentext.opentext",
        INTEGRATION, S3);
  }

  @Test
  void anS3TemplateTarget_isBuiltThroughTheServiceLoaderOfTheIntegrationModule() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader(S3);
    Class<?> factory = loader.loadClass("io.github.iconikopentext.integration.transfer.TransferTargetFactory");
    assertThat(ServiceLoader.load(layer, factory).stream().map(p -> p.type().getName()))
        .containsExactly(S3TargetFactory.class.getName());

    Class<?> spec = loader.loadClass("io.github.iconikopentext.integration.template.TemplateModel$TargetSpec");
    Class<?> credential = loader.loadClass("io.github.iconikopentext.integration.template.TemplateModel$CredentialRef");
    Class<?> secrets = loader.loadClass("io.github.iconikopentext.core.credentials.SecretResolvers");
    Object resolvers = secrets.getMethod("builder").invoke(null);
    resolvers = resolvers.getClass().getMethod("environment", Map.class).invoke(resolvers, Map.of("S3_SECRET", "x"));
    resolvers = resolvers.getClass().getMethod("build").invoke(resolvers);
    Constructor<?> specs = spec.getDeclaredConstructors()[0];
    Object entry = specs.newInstance("s3", null, "s3://media-archive/approved", null, "archive",
        Map.of("region", "eu-west-1", "endpoint", "http://127.0.0.1:9", "path_style", "true"));
    Object ref = credential.getDeclaredConstructors()[0].newInstance("AKIDEXAMPLE", "env:S3_SECRET");
    Method forKind = factory.getMethod("forKind", String.class, spec, credential, secrets);

    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader); // ServiceLoader.load(Class) looks in the layers of this loader
    try (AutoCloseable target = (AutoCloseable) forKind.invoke(null, "archive", entry, ref, resolvers)) {
      assertThat(target.getClass().getModule()).isEqualTo(layer.findModule(S3).orElseThrow());
      assertThat(target.getClass().getMethod("location").invoke(target)).isEqualTo("s3://media-archive/approved");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
