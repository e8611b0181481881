package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.payloads.JsonTrees;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where no OpenText answer is public, the simulator uses the shapes OpenText's own code shows: the OTDS token-exchange
 * answer of pyxecm (with {@code issued_token_type}) and the bare page number with {@code itemsPerPage} of OpenText's
 * sample app — and the SDK reads them.
 */
class OpenTextSimulatorShapesTest {
  private final OpenTextSimulator simulator = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    simulator.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    return (Map<String, Object>) JsonTrees.parse(body);
  }

  @Test
  void aTokenExchangeAnswerNamesTheIssuedTokenType_andTheClientUsesIt() throws Exception {
    String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:token-exchange",
        StandardCharsets.UTF_8) + "&subject_token=jdoe%40OTInternal";
    String basic = Base64.getEncoder().encodeToString((simulator.clientId() + ":" + simulator.clientSecret())
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/tenants/"
        + simulator.tenantId() + "/oauth2/token")).header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(json(answer.body()))
        .containsEntry("issued_token_type", "urn:ietf:params:oauth:token-type:access_token");
    OpenTextClient impersonating = OpenTextClient.builder(simulator.environment("sim"))
        .auth(OpenTextAuth.builder(simulator.clientCredentials()).grant(OAuthGrant.impersonate("jdoe@OTInternal"))
            .build())
        .build();
    assertThat(impersonating.tokens().resolveCredential().secret().reveal()).isNotBlank();
  }

  @Test
  void cmsListsNameTheirPageAsANumber_andTheClientPagesThroughThem() throws Exception {
    OpenTextClient client = OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(simulator.clientCredentials()).build();
    for (int i = 0; i < 3; i++) {
      client.cms().create(Category.OBJECT, "ot_note", InstanceRequest.builder("note " + i).build());
    }
    String token = client.tokens().resolveCredential().secret().reveal();

    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
        + "/cms/instances/object/ot_note?page=2&items-per-page=2")).header("Authorization", "Bearer " + token)
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(json(page.body())).containsEntry("page", new BigDecimal(2))
        .containsEntry("itemsPerPage", new BigDecimal(2));
    List<CmsInstance> all = client.cms().list(Category.OBJECT, "ot_note",
        InstanceQuery.all().withItemsPerPage(2).withIncludeTotal(false)).stream().toList();
    assertThat(all).extracting(CmsInstance::name).containsExactlyInAnyOrder("note 0", "note 1", "note 2");
  }
}
