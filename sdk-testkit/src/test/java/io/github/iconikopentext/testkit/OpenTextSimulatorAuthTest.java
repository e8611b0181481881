package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.testkit.OpenTextTestClients.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token lifecycle against the simulator: concurrency, expiry mid-listing, 401 handling, wrong secrets. */
class OpenTextSimulatorAuthTest {
  private static final String TYPE = "ot_asset";

  private OpenTextSimulator simulator;
  private final ManualClock clock = ManualClock.startingNow();
  private OpenTextClient client;

  @BeforeEach
  void setUp() {
    simulator = OpenTextSimulator.builder().cmsRequestsPerSecond(0).tokenExpiresIn(Duration.ofHours(1)).start();
    client = OpenTextTestClients.client(simulator, clock, new RecordingSleeper()).cmsRateLimit(null).build();
  }

  @AfterEach
  void tearDown() {
    simulator.close();
  }

  @Test
  void sixtyFourThreadsCallingWhileTheTokenIsNearExpiry_causeExactlyOneTokenRequest() throws Exception {
    InstanceRef ref = client.cms().create(Category.OBJECT, TYPE, InstanceRequest.builder("x").build()).ref();
    assertThat(simulator.tokenRequestCount()).isEqualTo(1);
    clock.advance(Duration.ofHours(1).minusSeconds(30)); // inside the refresh window, not yet expired

    int threads = 64;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CmsInstance>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return client.cms().get(ref);
        }));
      }
      for (Future<CmsInstance> call : calls) {
        assertThat(call.get().id()).isEqualTo(ref.id());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(simulator.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void aTokenExpiringMidListing_isRefreshed_andTheListingCompletes() {
    for (int i = 0; i < 6; i++) {
      client.cms().create(Category.OBJECT, TYPE, InstanceRequest.builder("item-" + i).build());
    }
    Iterator<CmsInstance> listing =
        client.cms().list(Category.OBJECT, TYPE, InstanceQuery.all().withItemsPerPage(2)).iterator();
    List<String> names = new ArrayList<>();
    names.add(listing.next().name());
    names.add(listing.next().name());

    clock.advance(Duration.ofHours(1).plusSeconds(1)); // the client's token has expired...
    simulator.revokeAllTokens(); // ...and the server agrees
    listing.forEachRemaining(i -> names.add(i.name()));

    assertThat(names).hasSize(6).doesNotHaveDuplicates();
    assertThat(simulator.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void aTokenTheServerRejectsMidListing_causesOneRefreshAndOneRetry() {
    for (int i = 0; i < 4; i++) {
      client.cms().create(Category.OBJECT, TYPE, InstanceRequest.builder("item-" + i).build());
    }
    Iterator<CmsInstance> listing =
        client.cms().list(Category.OBJECT, TYPE, InstanceQuery.all().withItemsPerPage(2)).iterator();
    listing.next();
    listing.next();
    int listCallsBefore = simulator.requestCount("GET", "/cms/instances/object/" + TYPE);

    simulator.revokeAllTokens(); // the client still believes its token is valid
    List<CmsInstance> rest = new ArrayList<>();
    listing.forEachRemaining(rest::add);

    assertThat(rest).hasSize(2);
    assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    assertThat(simulator.requestCount("GET", "/cms/instances/object/" + TYPE) - listCallsBefore).isEqualTo(2);
  }

  @Test
  void a401ThatPersists_causesOneRefreshAndOneRetryOnly() {
    InstanceRef ref = client.cms().create(Category.OBJECT, TYPE, InstanceRequest.builder("x").build()).ref();
    String path = "/cms/instances/object/" + TYPE + "/" + ref.id();
    simulator.injectFault(path, OpenTextFault.status(401), 10);

    assertThatThrownBy(() -> client.cms().get(ref)).isInstanceOf(AuthenticationException.class);

    assertThat(simulator.requestCount("GET", path)).isEqualTo(2);
    assertThat(simulator.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void aWrongSecret_givesCredentialExceptionWithTheServerCode_andNoSecret() {
    String wrong = "definitely-wrong-secret";
    OpenTextClient badClient = OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(StaticCredentialsProvider.of(simulator.clientId(), wrong))
        .build();

    assertThatThrownBy(() -> badClient.admin().users("org", "t", null).iterator().hasNext())
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("client id '" + simulator.clientId() + "'")
        .hasMessageContaining("tenant '" + simulator.tenantId() + "'")
        .hasMessageContaining("grant client_credentials")
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(wrong).doesNotContain(simulator.clientSecret());
          }
        });
  }
}
