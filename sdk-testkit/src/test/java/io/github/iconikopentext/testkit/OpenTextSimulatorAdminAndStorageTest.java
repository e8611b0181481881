package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.admin.AdminGroup;
import io.github.iconikopentext.opentext.admin.AdminUser;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ClientSecret;
import io.github.iconikopentext.opentext.admin.ClientType;
import io.github.iconikopentext.opentext.admin.AdminService;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.admin.ServiceClientRequest;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.TokenEndpoint;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import io.github.iconikopentext.opentext.storage.ContentDownload;
import io.github.iconikopentext.opentext.storage.StorageService;
import io.github.iconikopentext.opentext.storage.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenTextSimulatorAdminAndStorageTest {
  private OpenTextSimulator simulator;
  private OpenTextClient client;

  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    simulator = OpenTextSimulator.start();
    client = OpenTextClient.builder(simulator.environment("sim")).clientCredentials(simulator.clientCredentials())
        .build();
  }

  @AfterEach
  void tearDown() {
    simulator.close();
  }

  @Test
  void seededUsersAndGroups_areSearchedAndPaged() {
    for (int i = 0; i < 120; i++) {
      simulator.seedUser("org", "t1", new AdminUser("u" + i, null, "First" + i, "Last", "u" + i + "@example.com", null));
    }
    simulator.seedGroup("org", "t1", new AdminGroup("g1", "Editors", "edit things"));
    AdminService admin = client.admin();

    assertThat(admin.users("org", "t1", null).stream().count()).isEqualTo(120);
    assertThat(admin.users("org", "t1", "u7@example")).extracting(AdminUser::id).containsExactly("u7");
    assertThat(admin.user("org", "t1", "u3").firstName()).isEqualTo("First3");
    assertThat(admin.groups("org", "t1", "EDIT")).extracting(AdminGroup::name).containsExactly("Editors");
  }

  @Test
  void appsAndClients_areCreatedAndListed_andRegeneratingTheOwnSecretMakesTheOldOneFail() {
    String appId = simulator.seedApp("org", new App(null, "sync", "Sync", "1", null, simulator.tenantId()));
    simulator.seedServiceClient("org", appId,
        new ServiceClient("own", simulator.clientId(), "own", ClientType.CONFIDENTIAL, List.of()));
    AdminService admin = client.admin();
    ServiceClient created = admin.createClient("org", appId, ServiceClientRequest.confidential("second"));
    String oldSecret = simulator.clientSecret();

    ClientSecret fresh = admin.regenerateClientSecret("org", appId, "own");

    assertThat(admin.apps("org")).extracting(App::name).containsExactly("sync");
    assertThat(admin.clients("org", appId)).extracting(ServiceClient::id).contains("own", created.id());
    assertThat(fresh.toString()).doesNotContain(fresh.secret().reveal());
    assertThat(simulator.clientSecret()).isEqualTo(fresh.secret().reveal());
    OpenTextClient withOldSecret = OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(StaticCredentialsProvider.of(simulator.clientId(), oldSecret)).build();
    OpenTextClient withNewSecret = OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(StaticCredentialsProvider.of(fresh.toCredential())).build();
    assertThatThrownBy(() -> withOldSecret.admin().app("org", appId)).isInstanceOf(CredentialException.class)
        .hasMessageContaining("invalid_client");
    assertThat(withNewSecret.admin().app("org", appId).displayName()).isEqualTo("Sync");
  }

  @Test
  void passwordGrantWithJsonEncoding_andOtdsEndpoint_areAccepted() {
    simulator.addUser("jdoe", "user-pass-1");
    OpenTextClient passwordClient = OpenTextClient.builder(simulator.environment("sim"))
        .auth(OpenTextAuth.builder(simulator.clientCredentials())
            .grant(OAuthGrant.password("jdoe", Secret.of("user-pass-1")))
            .encoding(TokenRequestEncoding.JSON)
            .endpoint(TokenEndpoint.otds(simulator.baseUrl()))
            .build())
        .build();
    OpenTextClient wrongUser = OpenTextClient.builder(simulator.environment("sim"))
        .auth(OpenTextAuth.builder(simulator.clientCredentials())
            .grant(OAuthGrant.password("jdoe", Secret.of("nope-nope")))
            .endpoint(TokenEndpoint.discovery())
            .build())
        .build();

    assertThat(passwordClient.admin().groups("org", "t", null)).isEmpty();
    assertThatThrownBy(() -> wrongUser.admin().groups("org", "t", null).iterator().hasNext())
        .isInstanceOf(CredentialException.class).hasMessageContaining("invalid_grant")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("nope-nope"));
  }

  @Test
  void uploadDownloadAndInfo_roundTripTheBytes() throws Exception {
    byte[] content = new byte[1_000_000];
    new Random(3).nextBytes(content);
    Path file = Files.write(dir.resolve("clip.mp4"), content);
    StorageService storage = client.storage();

    UploadResult result = storage.upload(file, "video/mp4");

    OpenTextSimulator.StoredContent stored = simulator.storedFile(result.file().id()).orElseThrow();
    assertThat(stored.sha256()).isEqualTo(result.sha256());
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(stored.fileName()).isEqualTo("clip.mp4");
    assertThat(storage.info(result.file().id()).mimeType()).isEqualTo("video/mp4");
    try (ContentDownload download = storage.download(result.file().id())) {
      assertThat(download.contentLength()).isEqualTo(content.length);
      assertThat(download.stream().readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void anUploadWithoutAValidToken_isRejectedByTheSimulator() {
    OpenTextClient stale = OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(StaticCredentialsProvider.of(simulator.clientId(), simulator.clientSecret())).build();
    stale.storage().info(simulator.seedFile(new byte[] {1}, "a/b", "x")); // obtains a token
    simulator.revokeAllTokens();

    // A Path body can be sent again: one refresh, one retry, success.
    assertThat(stale.storage().info(simulator.seedFile(new byte[] {2}, "a/b", "y")).size()).isEqualTo(1L);
    assertThat(simulator.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void unicodeFileNames_areRecordedFromTheRfc5987FileNameParameter() {
    StorageService storage = client.storage();

    for (String name : List.of("Café.mov", "東京.mp4", "cut\r\nline.mov", "plain.mov")) {
      UploadResult result = storage.upload(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), name,
          "video/mp4");
      assertThat(simulator.storedFile(result.file().id()).orElseThrow().fileName()).isEqualTo(name);
      assertThat(result.file().originalFileName()).isEqualTo(name);
    }
  }

  @Test
  void withoutKeepingContent_uploadsAreCountedButNeitherStoredNorServed() {
    try (OpenTextSimulator counting = OpenTextSimulator.builder().keepUploadedContent(false).start()) {
      StorageService storage = OpenTextClient.builder(counting.environment("sim"))
          .clientCredentials(counting.clientCredentials()).build().storage();

      UploadResult result = storage.upload(new java.io.ByteArrayInputStream(new byte[70_000]), "a.bin",
          "application/octet-stream");

      assertThat(counting.storedFile(result.file().id())).hasValueSatisfying(stored -> {
        assertThat(stored.size()).isEqualTo(70_000);
        assertThat(stored.sha256()).isNull();
      });
      assertThatThrownBy(() -> storage.download(result.file().id()))
          .isInstanceOf(io.github.iconikopentext.core.error.NotFoundException.class);
    }
  }
}
