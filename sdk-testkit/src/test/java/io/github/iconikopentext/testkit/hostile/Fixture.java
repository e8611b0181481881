package io.github.iconikopentext.testkit.hostile;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import java.time.Duration;
import java.util.List;

/**
 * The SDK's typed clients pointed at a {@link HostileServer}, with known credentials, short timeouts (1 s), a
 * deadline of 2 s and retries without waiting; and the JSON the servers answer with when they behave.
 */
final class Fixture {
  static final String APP_ID = "hostile-app-id-0001";
  static final String AUTH_TOKEN = "iconik-auth-S3CRET-0001";
  static final String CLIENT_ID = "hostile-client-0002";
  static final String CLIENT_SECRET = "opentext-client-S3CRET-0002";
  static final String TENANT = "tenant-1";
  static final String TOKEN_PATH = "/tenants/" + TENANT + "/oauth2/token";
  static final String ASSET_ID = "5b5b6f3e-0000-4000-8000-000000000001";
  static final String ASSET_PATH = "/API/assets/v1/assets/" + ASSET_ID + "/";
  static final String ASSETS_PATH = "/API/assets/v1/assets/";
  static final String CMS_TYPE = "cms_file";
  static final String CMS_ID = "cms-0001";
  static final String CMS_PATH = "/cms/instances/file/" + CMS_TYPE + "/" + CMS_ID;
  static final String CMS_LIST_PATH = "/cms/instances/file/" + CMS_TYPE;
  static final String ADMIN_TENANT_PATH = "/admin/api/v1/organizations/org-1/tenants/" + TENANT;
  static final String CSS_UPLOAD_PATH = "/css/v3/files/fromStream";
  static final String CSS_DOWNLOAD_PATH = "/css/v3/files/f-1/stream";
  static final Duration DEADLINE = Duration.ofSeconds(2);

  /** Every credential and secret the clients hold: none of them may reach another host. */
  static final List<String> CREDENTIALS = List.of(APP_ID, AUTH_TOKEN, CLIENT_ID, CLIENT_SECRET, "hostile-token-");

  static final String ASSET_JSON = "{\"id\": \"" + ASSET_ID + "\", \"title\": \"Interview\"}";
  static final String CMS_JSON = "{\"id\": \"" + CMS_ID + "\", \"name\": \"a.mov\", \"type\": \"" + CMS_TYPE
      + "\", \"category\": \"file\"}";

  private Fixture() {}

  static HttpOptions options() {
    return HttpOptions.builder()
        .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1)).writeTimeout(Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO).withTotalBudget(DEADLINE))
        .sleeper(duration -> {})
        .build();
  }

  /** {@link #options()} with a deadline of 60 s, for tests about size that must not fail on time on a busy machine. */
  static HttpOptions patientOptions() {
    return options().toBuilder().retryPolicy(options().retryPolicy().withTotalBudget(Duration.ofSeconds(60))).build();
  }

  static IconikClient iconik(HostileServer server) {
    return iconik(server, options());
  }

  static IconikClient iconik(HostileServer server, HttpOptions options) {
    Environment env = Environment.builder("hostile").endpoint(IconikEnvironment.ENDPOINT, server.baseUrl().toString()).build();
    return IconikClient.builder(env, StaticCredentialsProvider.of(Credential.of(APP_ID, Secret.of(AUTH_TOKEN))))
        .httpOptions(options).build();
  }

  static Environment openTextEnvironment(HostileServer server) {
    return Environment.builder("hostile").endpoint(OpenTextEnvironment.ENDPOINT, server.baseUrl().toString()).setting(OpenTextEnvironment.TENANT_ID, TENANT)
        .build();
  }

  static OpenTextAuth auth(TokenRequestEncoding encoding) {
    return OpenTextAuth.builder(StaticCredentialsProvider.of(Credential.of(CLIENT_ID, Secret.of(CLIENT_SECRET))))
        .encoding(encoding).build();
  }

  static OpenTextClient openText(HostileServer server) {
    return openText(server, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, options());
  }

  static OpenTextClient openText(HostileServer server, TokenRequestEncoding encoding, HttpOptions options) {
    return OpenTextClient.builder(openTextEnvironment(server)).auth(auth(encoding)).httpOptions(options)
        .cmsRateLimit(null).build();
  }

  /** Answers every call of {@link Operations} the way iconik and OpenText would. */
  static HostileServer behaving(HostileServer server) {
    return issuingTokens(server)
        .on("GET", ASSET_PATH, Answer.json(ASSET_JSON))
        .on("POST", ASSETS_PATH, Answer.json(201, ASSET_JSON))
        .on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + ASSET_JSON + "], \"total\": 1}"))
        .on("GET", CMS_PATH, Answer.json(CMS_JSON))
        .on("POST", CMS_LIST_PATH, Answer.json(201, CMS_JSON))
        .on("GET", CMS_LIST_PATH, Answer.json("{\"_embedded\": {\"collection\": [" + CMS_JSON
            + "]}, \"_links\": {}}"))
        .on("GET", ADMIN_TENANT_PATH, Answer.json("{\"id\": \"" + TENANT + "\", \"name\": \"Tenant\"}"))
        .on("POST", CSS_UPLOAD_PATH, Answer.json(201, "{\"id\": \"f-1\", \"size\": 7}"))
        .on("GET", CSS_DOWNLOAD_PATH, Answer.text(200, "application/octet-stream", "content"));
  }

  /** Makes {@code server} a token endpoint issuing one-hour tokens. */
  static HostileServer issuingTokens(HostileServer server) {
    return server.on("POST", TOKEN_PATH, Responder.tokens("3600"));
  }

  /** Whether any request {@code server} received carries one of the clients' credentials. */
  static List<RecordedRequest> leaks(HostileServer server) {
    return server.requests().stream().filter(r -> r.carriesAny(CREDENTIALS)
        || r.header("Auth-Token").isPresent() || r.header("App-ID").isPresent()
        || r.header("Authorization").isPresent()).toList();
  }
}
