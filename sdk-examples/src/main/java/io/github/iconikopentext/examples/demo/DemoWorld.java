package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.examples.cli.Settings;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ClientType;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the demo's story happens: both simulators started in-process on loopback and seeded for the bundled template
 * ({@link #simulated(Map)}), or the real services an env file points at ({@link #configured(Settings)}).
 *
 * <p>Either way it supplies the environment, both credentials, the secret values the template refers to (as
 * variables for {@code env:} references), the iconik storage and metadata view the ingest uses, and the template
 * values that differ from {@code values-dev.json}. Close it to stop the simulators.
 */
final class DemoWorld implements AutoCloseable {
  /** The environment the story promotes into: the bundled values are for it. */
  static final String ENVIRONMENT = "dev";
  /** The iconik metadata view of the governance fields, as the simulated world names it. */
  static final String VIEW_NAME = "Media governance";
  /** Env-file settings the story needs beyond the connection, against real services. */
  static final String STORAGE_SETTING = "DEMO_ICONIK_STORAGE_ID";
  static final String VIEW_SETTING = "DEMO_ICONIK_METADATA_VIEW_ID";
  /** Env-file variables {@code TEMPLATE_<PLACEHOLDER>} override the bundled template values. */
  static final String VALUE_PREFIX = "TEMPLATE_";

  /** The template value of the S3 endpoint: overridden by S3Mock's, or by {@code TEMPLATE_S3_ENDPOINT}. */
  static final String S3_ENDPOINT_VALUE = "s3_endpoint";
  /** The bucket of the bundled values, for an env file that names none. */
  static final String DEFAULT_BUCKET = "media-archive-dev";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Environment environment;
  private final CredentialsProvider iconikCredentials;
  private final CredentialsProvider openTextCredentials;
  private final Map<String, String> variables;
  private final String storageId;
  private final String metadataViewId;
  private final Map<String, String> valueOverrides;
  private final boolean simulated;
  private final DemoBucket bucket;
  private final List<AutoCloseable> resources;

  private DemoWorld(Builder b) {
    this.environment = b.environment;
    this.iconikCredentials = b.iconikCredentials;
    this.openTextCredentials = b.openTextCredentials;
    this.variables = Map.copyOf(b.variables);
    this.storageId = b.storageId;
    this.metadataViewId = b.metadataViewId;
    this.valueOverrides = Map.copyOf(b.valueOverrides);
    this.simulated = b.simulated;
    this.bucket = b.bucket;
    this.resources = List.copyOf(b.resources);
  }

  /**
   * Starts the iconik and OpenText simulators, configured as the bundled {@code values-dev.json} expects (App-ID,
   * OpenText client, organization and app, CMS type) and holding a storage and the governance metadata view.
   *
   * @param values the bundled template values, to take the ids the simulators must accept from
   */
  static DemoWorld simulated(Map<String, String> values) {
    IconikSimulator iconik = IconikSimulator.builder().appId(values.get("iconik_app_id")).start();
    OpenTextSimulator openText;
    try {
      // No server-side CMS limit: the client keeps to CMS's 5 requests/s itself, and creates are never retried.
      openText = OpenTextSimulator.builder().client(values.get("opentext_client_id"), randomSecret())
          .cmsRequestsPerSecond(0).start();
    } catch (RuntimeException e) {
      iconik.close();
      throw e;
    }
    Builder b = new Builder();
    b.simulated = true;
    b.resources.add(iconik);
    b.resources.add(openText);
    b.environment = Environment.builder(ENVIRONMENT).endpoint(IconikEnvironment.ENDPOINT, iconik.baseUrl().toString())
        .endpoint(OpenTextEnvironment.ENDPOINT, openText.baseUrl()).setting(OpenTextEnvironment.TENANT_ID, openText.tenantId()).build();
    b.iconikCredentials = iconik.credentials();
    b.openTextCredentials = openText.clientCredentials();

    String organization = values.get("opentext_org");
    String appId = openText.seedApp(organization,
        new App(null, "iconik-bridge-" + values.get("env_label"), "iconik bridge", "1", null, openText.tenantId()));
    openText.seedServiceClient(organization, appId,
        new ServiceClient(null, openText.clientId(), "bridge", ClientType.CONFIDENTIAL, List.of()));
    openText.seedTypeDefinition(new TypeDefinition(values.get("cms_type"), "demo", "Media asset", null,
        Category.FILE, null, List.of()));
    b.storageId = iconik.seedStorage("Demo originals", StoragePurpose.FILES);
    b.metadataViewId = iconik.seedMetadataView(VIEW_NAME, GovernanceSample.fieldTypes());

    // The secrets the template refers to: in the simulated world they are generated here and never shown.
    b.variables.put("ICONIK_AUTH_TOKEN", iconik.authToken());
    b.variables.put("OPENTEXT_CLIENT_SECRET", openText.clientSecret());
    b.variables.put("ICONIK_WEBHOOK_SECRET", randomSecret());
    b.variables.put("REVIEW_HOOK_SECRET", WebhookSigner.newStandardWebhooksSecret().reveal()); // signs notifications
    try {
      b.startBucket(values);
    } catch (RuntimeException e) {
      b.build().close();
      throw e;
    }
    return b.build();
  }

  /**
   * The real services of {@code settings} (an env file): the connection settings, the secrets the template refers to
   * ({@code ICONIK_WEBHOOK_SECRET}, {@code REVIEW_HOOK_SECRET} besides the credentials), {@value #STORAGE_SETTING}
   * and {@value #VIEW_SETTING}; {@code TEMPLATE_<PLACEHOLDER>} variables override template values.
   */
  static DemoWorld configured(Settings settings) {
    Map<String, String> vars = settings.variables();
    Builder b = new Builder();
    Environment connected = settings.bothEnvironment();
    b.environment = Environment.builder(ENVIRONMENT).endpoint(IconikEnvironment.ENDPOINT, IconikEnvironment.baseUrl(connected).toString())
        .endpoint(OpenTextEnvironment.ENDPOINT, OpenTextEnvironment.baseUrl(connected).toString()).setting(OpenTextEnvironment.TENANT_ID, OpenTextEnvironment.tenantId(connected))
        .settings(connected.settings()).allowInsecureHttp(connected.allowInsecureHttp()).build();
    b.iconikCredentials = settings.iconikCredentials();
    b.openTextCredentials = settings.openTextCredentials();
    b.variables.putAll(vars);
    b.storageId = require(vars, STORAGE_SETTING);
    b.metadataViewId = require(vars, VIEW_SETTING);
    b.valueOverrides.put("iconik_app_id", b.iconikCredentials.resolveCredential().id());
    b.valueOverrides.put("opentext_client_id", b.openTextCredentials.resolveCredential().id());
    vars.forEach((name, value) -> {
      if (name.startsWith(VALUE_PREFIX) && name.length() > VALUE_PREFIX.length()) {
        b.valueOverrides.put(name.substring(VALUE_PREFIX.length()).toLowerCase(java.util.Locale.ROOT), value);
      }
    });
    if (!b.valueOverrides.containsKey(S3_ENDPOINT_VALUE)) { // no real bucket named: the local one
      b.startBucket(b.valueOverrides);
    }
    return b.build();
  }

  Environment environment() {
    return environment;
  }

  CredentialsProvider iconikCredentials() {
    return iconikCredentials;
  }

  CredentialsProvider openTextCredentials() {
    return openTextCredentials;
  }

  /** Resolves the template's {@code env:} references against this world's variables. */
  SecretResolvers secretResolvers() {
    return SecretResolvers.builder().environment(variables).build();
  }

  String storageId() {
    return storageId;
  }

  String metadataViewId() {
    return metadataViewId;
  }

  /** Template values that replace the bundled ones. */
  Map<String, String> valueOverrides() {
    return valueOverrides;
  }

  /**
   * The S3 bucket on S3Mock the story archives to, when S3Mock is on the classpath and the settings name no real
   * bucket ({@code TEMPLATE_S3_ENDPOINT}); empty otherwise.
   */
  java.util.Optional<DemoBucket> bucket() {
    return java.util.Optional.ofNullable(bucket);
  }

  /** Whether the template's S3 target has no bucket to reach: S3Mock is missing and no real one was named. */
  boolean bucketUnavailable() {
    return bucket == null && !valueOverrides.containsKey(S3_ENDPOINT_VALUE);
  }

  /** Whether the story runs on embedded simulators. */
  boolean simulated() {
    return simulated;
  }

  /** The simulators, when simulated: lets the story wait for iconik's asynchronous webhook deliveries. */
  java.util.Optional<IconikSimulator> iconikSimulator() {
    return resources.stream().filter(IconikSimulator.class::isInstance).map(IconikSimulator.class::cast)
        .findFirst();
  }

  @Override
  public void close() {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // stopping a simulator cannot fail the demo's result
      }
    }
  }

  private static String require(Map<String, String> vars, String name) {
    String value = vars.get(name);
    if (value == null || value.isBlank()) {
      throw new ConfigurationException("missing setting " + name + ": the demo against real services needs it"
          + " in the --env-file");
    }
    return value;
  }

  private static boolean onClasspath(String className) {
    try {
      Class.forName(className, false, DemoWorld.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static final class Builder {
    private Environment environment;
    private CredentialsProvider iconikCredentials;
    private CredentialsProvider openTextCredentials;
    private final Map<String, String> variables = new HashMap<>();
    private String storageId;
    private String metadataViewId;
    private final Map<String, String> valueOverrides = new LinkedHashMap<>();
    private boolean simulated;
    private DemoBucket bucket;
    private final List<AutoCloseable> resources = new java.util.ArrayList<>();

    /**
     * Starts S3Mock with the bucket of {@code values} ({@code s3_bucket}, default the bundled one) when it is on the
     * classpath, and points the template's S3 target at it; either way the target gets a generated secret key
     * (S3Mock checks none).
     */
    void startBucket(Map<String, String> values) {
      variables.putIfAbsent("S3_SECRET_KEY", randomSecret()); // the S3 target is built even when a folder stands in
      if (!onClasspath(DemoBucket.S3MOCK_CLASS)) {
        return;
      }
      bucket = DemoBucket.start(values.getOrDefault("s3_bucket", DEFAULT_BUCKET));
      resources.add(bucket);
      valueOverrides.put(S3_ENDPOINT_VALUE, bucket.endpoint().toString());
    }

    DemoWorld build() {
      return new DemoWorld(this);
    }
  }
}
