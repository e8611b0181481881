package io.github.iconikopentext.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The documented mapping from the integration's conditions and failure domains to Actuator statuses. */
class IntegrationHealthIndicatorTest {
  private final IntegrationStatus status = IntegrationStatus.create();
  private final IntegrationHealthIndicator indicator = new IntegrationHealthIndicator(status);

  @Test
  void nothingYet_isUp() {
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void anAssetProblem_staysUp_butIsShown() {
    fail(IntegrationStatus.TRANSFERS_HEALTHY, FailureDomain.ASSET, "NoOriginalFormat");

    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("failuresByDomain")).isEqualTo(Map.of(FailureDomain.ASSET, 1L));
    assertThat(health.getDetails().get("conditions").toString()).contains("TransfersHealthy")
        .contains("NoOriginalFormat");
  }

  @Test
  void anEndpointProblem_isOutOfService_untilTheConditionRecovers() {
    fail(IntegrationStatus.TRANSFERS_HEALTHY, FailureDomain.ENDPOINT, "ServerError");
    assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

    status.recordHealthy(IntegrationStatus.TRANSFERS_HEALTHY, "transfer t-2 completed");
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void anIntegrationOrCredentialProblem_isDown_andWinsOverAnEndpointProblem() {
    fail(IntegrationStatus.TRANSFERS_HEALTHY, FailureDomain.ENDPOINT, "ServerError");
    fail(IntegrationStatus.METADATA_SYNC_HEALTHY, FailureDomain.INTEGRATION, "MappingError");
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

    IntegrationStatus credentials = IntegrationStatus.create();
    credentials.recordFailure(IntegrationStatus.TRANSFERS_HEALTHY, "transfer", "a-1",
        new IntegrationException(FailureDomain.CREDENTIAL, "Unauthorized", "iconik refused App-ID app-1"), "iconik");
    credentials.recordHealthy(IntegrationStatus.TRANSFERS_HEALTHY, "later transfers went through");
    Health health = new IntegrationHealthIndicator(credentials).health();
    assertThat(health.getStatus()).as("CredentialsValid stays False").isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("conditions").toString()).contains("CredentialsValid");
  }

  private void fail(String condition, FailureDomain domain, String reason) {
    status.recordFailure(condition, "transfer", "asset-1",
        new IntegrationException(domain, reason, reason + " for asset asset-1"), "iconik");
  }
}
