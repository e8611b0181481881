package io.github.iconikopentext.testkit.internal.opentext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.iconikopentext.testkit.internal.http.StreamingJettyServerFactory;
import java.util.Map;

/**
 * Wires the simulator together: WireMock on loopback at a random port, without request journal (bodies are not
 * retained), one catch-all stub handled by {@link OpenTextRouter}, and the {@link CssStreamingFilter} in front.
 */
public final class SimulatorServer implements AutoCloseable {
  private final SimulatorState state;
  private final CssStore css;
  private final AdminHandler admin;
  private final CmsHandler cms = new CmsHandler();
  private final WireMockServer server;
  private final String baseUrl;

  public SimulatorServer(SimulatorState state, boolean keepUploadedContent) {
    this.state = state;
    this.css = new CssStore(keepUploadedContent);
    this.admin = new AdminHandler(state);
    // The router needs the base URL, known only once the server listens: it is given a holder that start() fills.
    BaseUrlHolder holder = new BaseUrlHolder();
    this.server = new WireMockServer(wireMockConfig()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .disableRequestJournal()
        .gzipDisabled(true)
        .containerThreads(32)
        .httpServerFactory(new StreamingJettyServerFactory(new CssStreamingFilter(state, css)))
        .extensions(holder.router(state, admin, cms)));
    server.start();
    this.baseUrl = "http://127.0.0.1:" + server.port();
    holder.baseUrl = baseUrl;
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(OpenTextRouter.NAME)));
  }

  public String baseUrl() {
    return baseUrl;
  }

  public SimulatorState state() {
    return state;
  }

  public void seedType(Map<String, Object> definition) {
    cms.seedType(definition);
  }

  public void seedTrait(Map<String, Object> definition) {
    cms.seedTrait(definition);
  }

  public Map<String, Object> cmsInstance(String id) {
    return cms.instance(id);
  }

  public void seedTenant(String org, Map<String, Object> tenant) {
    admin.seedTenant(org, tenant);
  }

  public void seedUser(String org, String tenant, Map<String, Object> user) {
    admin.seedUser(org, tenant, user);
  }

  public void seedGroup(String org, String tenant, Map<String, Object> group) {
    admin.seedGroup(org, tenant, group);
  }

  public String seedApp(String org, Map<String, Object> app) {
    return admin.seedApp(org, app);
  }

  public void seedClient(String org, String app, Map<String, Object> client) {
    admin.seedClient(org, app, client);
  }

  public CssStore css() {
    return css;
  }

  /** Model records as service JSON, for the public seeding methods. */
  public static <T> Map<String, Object> toJson(Class<T> type, T value) {
    return SimResponse.SimJson.toMap(type, value);
  }

  @Override
  public void close() {
    server.stop();
    css.close();
  }

  /** Lets the router read the base URL that exists only after the server started. */
  private static final class BaseUrlHolder {
    private volatile String baseUrl;

    OpenTextRouter router(SimulatorState state, AdminHandler admin, CmsHandler cms) {
      return new OpenTextRouter(state, () -> baseUrl, admin, cms);
    }
  }
}
