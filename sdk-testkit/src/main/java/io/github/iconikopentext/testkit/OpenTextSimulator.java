package io.github.iconikopentext.testkit;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.opentext.admin.AdminGroup;
import io.github.iconikopentext.opentext.admin.AdminUser;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.admin.Tenant;
import io.github.iconikopentext.opentext.cms.TraitDefinition;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.internal.opentext.CssStore;
import io.github.iconikopentext.testkit.internal.opentext.SimulatorServer;
import io.github.iconikopentext.testkit.internal.opentext.SimulatorState;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stateful OpenText Cloud Platform on loopback (WireMock, random port) for tests of code that uses
 * {@link io.github.iconikopentext.opentext.OpenTextClient}.
 *
 * <ul>
 *   <li>Token endpoints {@code /tenants/{tenant}/oauth2/token} and {@code /otdsws/oauth2/token} (form + Basic, form
 *       fields or JSON; client credentials, password, refresh token, token exchange) and OpenID discovery. Tokens
 *       are opaque, live {@link #setTokenExpiresIn(Duration)}, and are counted ({@link #tokenRequestCount()}). A wrong
 *       client secret gets 401 {@code {"error":"invalid_client",…}}; a missing or expired token on a service call
 *       gets the gateway's 401 {@code oauth.v2.InvalidAccessToken}.
 *   <li>Developer Admin tenants, users, groups, apps and service clients (seeded or created); regenerating the
 *       secret of the simulator's own client makes the old secret stop working.
 *   <li>CMS type and trait definitions (seeded) and instances (create, get, list with {@code field eq 'v'} filters,
 *       sort, paging and total, patch, replace, move, ACL, renditions, next version, delete, folder items, full
 *       text), limited to {@link Builder#cmsRequestsPerSecond(int)} (default 5) with 429 beyond.
 *   <li>CSS v3 upload, download and info, streamed to and from temporary files, so uploads of any size cost almost
 *       no heap; request bodies are never kept (the WireMock request journal is off).
 *   <li>Faults on any path: {@link #injectFault(String, OpenTextFault, int)}.
 * </ul>
 *
 * <p>Thread-safe. Close it to stop the server and delete stored files.
 */
public final class OpenTextSimulator implements AutoCloseable {
  private final SimulatorState state;
  private final SimulatorServer server;

  private OpenTextSimulator(Builder b) {
    this.state = new SimulatorState(b.tenantId, b.clientId, b.clientSecret, b.tokenExpiresIn, b.cmsRequestsPerSecond);
    this.server = new SimulatorServer(state, b.keepUploadedContent);
  }

  /** Starts a simulator with the defaults. */
  public static OpenTextSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}: use it as the OpenText base URL. */
  public String baseUrl() {
    return server.baseUrl();
  }

  public String tenantId() {
    return state.tenantId();
  }

  /** The OAuth client id the token endpoint accepts. */
  public String clientId() {
    return state.clientId();
  }

  /** The client secret the token endpoint currently accepts. */
  public String clientSecret() {
    return state.clientSecret();
  }

  /** The accepted client id and secret as a provider. */
  public CredentialsProvider clientCredentials() {
    return StaticCredentialsProvider.of(clientId(), clientSecret());
  }

  /** An environment named {@code name} pointing at this simulator (OpenText only). */
  public Environment environment(String name) {
    return Environment.builder(name).endpoint(OpenTextEnvironment.ENDPOINT, baseUrl()).setting(OpenTextEnvironment.TENANT_ID, tenantId()).build();
  }

  /** Token requests received so far (accepted or not). */
  public int tokenRequestCount() {
    return state.tokenRequests();
  }

  /** The {@code expires_in} of tokens issued from now on. */
  public void setTokenExpiresIn(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    state.tokenLifetime(lifetime);
  }

  /** Whether password, token exchange and refresh grants also issue a refresh token; off by default. */
  public void setIssueRefreshTokens(boolean issue) {
    state.issueRefreshTokens(issue);
  }

  /** Invalidates every token issued so far, as if they had expired on the server. */
  public void revokeAllTokens() {
    state.revokeAllTokens();
  }

  /** Lets {@code username} sign in with the password grant. */
  public void addUser(String username, String password) {
    state.addUser(username, password);
  }

  /** Requests received so far with {@code method} whose path matches {@code pathRegex}. */
  public int requestCount(String method, String pathRegex) {
    return state.requestCount(method, pathRegex);
  }

  /**
   * Answers the next {@code times} requests whose path matches {@code pathRegex} (e.g. {@code /cms/instances/.*})
   * with {@code fault} instead of the normal answer.
   */
  public void injectFault(String pathRegex, OpenTextFault fault, int times) {
    state.injectFault(pathRegex, Objects.requireNonNull(fault, "fault == null"), times);
  }

  /** Drops the faults not yet used. */
  public void clearFaults() {
    state.clearFaults();
  }

  public void seedTenant(String organizationId, Tenant tenant) {
    server.seedTenant(organizationId, SimulatorServer.toJson(Tenant.class, tenant));
  }

  public void seedUser(String organizationId, String tenantId, AdminUser user) {
    server.seedUser(organizationId, tenantId, SimulatorServer.toJson(AdminUser.class, user));
  }

  public void seedGroup(String organizationId, String tenantId, AdminGroup group) {
    server.seedGroup(organizationId, tenantId, SimulatorServer.toJson(AdminGroup.class, group));
  }

  /** Adds an app; returns its id (the given one, or a new one when {@code app.id()} is null). */
  public String seedApp(String organizationId, App app) {
    return server.seedApp(organizationId, SimulatorServer.toJson(App.class, app));
  }

  /**
   * Adds a service client to an app. Give it {@link #clientId()} as its {@code clientId} to let a test regenerate
   * the simulator's own secret through the Admin API.
   */
  public void seedServiceClient(String organizationId, String appId, ServiceClient client) {
    server.seedClient(organizationId, appId, SimulatorServer.toJson(ServiceClient.class, client));
  }

  public void seedTypeDefinition(TypeDefinition type) {
    server.seedType(SimulatorServer.toJson(TypeDefinition.class, type));
  }

  public void seedTraitDefinition(TraitDefinition trait) {
    server.seedTrait(SimulatorServer.toJson(TraitDefinition.class, trait));
  }

  /** A CMS instance as the simulator holds it (JSON object), if it exists. */
  public Optional<Map<String, Object>> cmsInstance(String id) {
    return Optional.ofNullable(server.cmsInstance(id)).map(Map::copyOf);
  }

  /** Stores {@code content} in CSS directly; returns the file id. */
  public String seedFile(byte[] content, String mimeType, String fileName) {
    return server.css().put(content, mimeType, fileName).id();
  }

  /**
   * The size and SHA-256 of a stored CSS file, if it exists (SHA-256 {@code null} when uploaded content is not
   * kept).
   */
  public Optional<StoredContent> storedFile(String fileId) {
    return server.css().get(fileId).map(b -> new StoredContent(b.id(), b.size(), b.sha256(), b.mimeType(),
        b.fileName()));
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * What the simulator's CSS holds for one file.
   *
   * @param id the file id
   * @param size the size in bytes
   * @param sha256 the lower-case hex SHA-256, or {@code null} when the content was not kept
   * @param mimeType the stored MIME type
   * @param fileName the stored file name
   */
  public record StoredContent(String id, long size, @Nullable String sha256, String mimeType, String fileName) {}

  /** Builds and starts an {@link OpenTextSimulator}. Not thread-safe. */
  public static final class Builder {
    private String tenantId = "sim-tenant";
    private String clientId = "sim-client";
    private String clientSecret = "sim-client-secret";
    private Duration tokenExpiresIn = Duration.ofHours(1);
    private int cmsRequestsPerSecond = 5;
    private boolean keepUploadedContent = true;

    private Builder() {}

    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId == null");
      return this;
    }

    /** The client id and secret the token endpoint accepts. */
    public Builder client(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /** The {@code expires_in} of issued tokens; default 1 hour. */
    public Builder tokenExpiresIn(Duration lifetime) {
      this.tokenExpiresIn = Objects.requireNonNull(lifetime, "lifetime == null");
      return this;
    }

    /** CMS requests admitted per second before 429; default 5 (CMS's own limit); 0 for no limit. */
    public Builder cmsRequestsPerSecond(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit < 0: " + limit);
      }
      this.cmsRequestsPerSecond = limit;
      return this;
    }

    /**
     * Whether CSS keeps uploaded content (default true). False makes CSS read each upload to its end and record
     * only its size, storing nothing and hashing nothing: for benchmarks and load tests that move more bytes than
     * the disk should hold. Downloads of such files answer 404.
     */
    public Builder keepUploadedContent(boolean keep) {
      this.keepUploadedContent = keep;
      return this;
    }

    public OpenTextSimulator start() {
      return new OpenTextSimulator(this);
    }
  }
}
