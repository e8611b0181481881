package io.github.iconikopentext.opentext.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpAdminServiceTest {
  private static final String ORG = "/admin/api/v1/organizations/org-1";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private AdminService admin;

  @BeforeEach
  void setUp() {
    server.stubFor(post("/tenants/" + TENANT + "/oauth2/token").willReturn(okJson(tokenJson("tok", 3600))));
    admin = OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(Clock.systemUTC(), new TestSupport.RecordingSleeper()))
        .build()
        .admin();
  }

  @Test
  void users_searchByValue_readEmbeddedUsers_andFollowTheNextLink() {
    String users = ORG + "/tenants/t1/users";
    server.stubFor(get(urlPathEqualTo(users)).withQueryParam("page", equalTo("1")).willReturn(okJson("""
        {"_embedded":{"users":[{"id":"u1","firstName":"Ada","lastName":"L","email":"ada@example.com"}]},
         "_links":{"next":{"href":"/next"}}}""")));
    server.stubFor(get(urlPathEqualTo(users)).withQueryParam("page", equalTo("2")).willReturn(okJson("""
        {"_embedded":{"users":[{"id":"u2","firstName":"Bo"}]}}""")));

    List<AdminUser> found = admin.users("org-1", "t1", "ada").stream().toList();

    assertThat(found).extracting(AdminUser::id).containsExactly("u1", "u2");
    assertThat(found.get(0).email()).isEqualTo("ada@example.com");
    server.verify(getRequestedFor(urlPathEqualTo(users)).withQueryParam("searchValue", equalTo("ada"))
        .withQueryParam("items-per-page", equalTo("100")));
  }

  @Test
  void groups_searchIgnoringCase() {
    String groups = ORG + "/tenants/t1/groups";
    server.stubFor(get(urlPathEqualTo(groups)).willReturn(okJson(
        "{\"_embedded\":{\"groups\":[{\"id\":\"g1\",\"name\":\"Editors\",\"description\":\"d\"}]}}")));

    assertThat(admin.groups("org-1", "t1", "edit")).extracting(AdminGroup::name).containsExactly("Editors");
    server.verify(getRequestedFor(urlPathEqualTo(groups)).withQueryParam("ignore-case", equalTo("true"))
        .withQueryParam("searchValue", equalTo("edit")));
  }

  @Test
  void createClient_andRegenerateSecret_useTheAssumedPaths_andMaskTheSecret() {
    String clients = ORG + "/apps/app-1/clients";
    server.stubFor(post(clients).willReturn(okJson(
        "{\"id\":\"c1\",\"clientId\":\"oauth-1\",\"name\":\"sync\",\"type\":\"confidential\"}")));
    server.stubFor(post(clients + "/c1/secret").willReturn(okJson(
        "{\"client_id\":\"oauth-1\",\"client_secret\":\"brand-new-secret-value\"}")));

    ServiceClient created = admin.createClient("org-1", "app-1", ServiceClientRequest.confidential("sync"));
    ClientSecret secret = admin.regenerateClientSecret("org-1", "app-1", "c1");

    assertThat(created.type()).isEqualTo(ClientType.CONFIDENTIAL);
    server.verify(postRequestedFor(urlPathEqualTo(clients))
        .withRequestBody(equalToJson("{\"name\":\"sync\",\"type\":\"confidential\",\"redirectUrls\":[]}")));
    assertThat(secret.secret().reveal()).isEqualTo("brand-new-secret-value");
    assertThat(secret.toString()).doesNotContain("brand-new-secret-value");
    assertThat(secret.toCredential().id()).isEqualTo("oauth-1");
  }

  @Test
  void apps_andTenants_readEmbeddedLists() {
    server.stubFor(get(urlPathEqualTo(ORG + "/apps")).willReturn(okJson(
        "{\"_embedded\":{\"apps\":[{\"id\":\"app-1\",\"name\":\"sync\",\"displayName\":\"Sync\"}]}}")));
    server.stubFor(get(urlPathEqualTo(ORG + "/tenants")).willReturn(okJson(
        "{\"_embedded\":{\"tenants\":[{\"id\":\"t1\",\"name\":\"dev\"}]}}")));

    assertThat(admin.apps("org-1")).extracting(App::displayName).containsExactly("Sync");
    assertThat(admin.tenants("org-1")).extracting(Tenant::name).containsExactly("dev");
  }
}
