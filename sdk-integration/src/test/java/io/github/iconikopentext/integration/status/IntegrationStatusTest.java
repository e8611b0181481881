package io.github.iconikopentext.integration.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.ServerException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IntegrationStatusTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
  private final FailureClassifier classifier = new FailureClassifier(clock);

  @Test
  void sdkFailures_areClassifiedIntoDomainsWithStableReasons() {
    assertThat(classify(new ServerException(503, "GET", "/x", "r1", ErrorDetails.EMPTY)))
        .extracting(ClassifiedFailure::domain, ClassifiedFailure::reason, ClassifiedFailure::httpStatus,
            ClassifiedFailure::requestId)
        .containsExactly(FailureDomain.ENDPOINT, "ServerError", 503, "r1");
    assertThat(classify(new RateLimitException("GET", "/x", null, ErrorDetails.EMPTY, null)).reason())
        .isEqualTo("RateLimitExhausted");
    assertThat(classify(new NetworkException("timed out", new SocketTimeoutException())).reason())
        .isEqualTo("Timeout");
    assertThat(classify(new AuthenticationException(401, "GET", "/x", null, ErrorDetails.EMPTY)).domain())
        .isEqualTo(FailureDomain.CREDENTIAL);
    assertThat(classify(new CredentialException("token endpoint refused")).reason())
        .isEqualTo("CredentialUnavailable");
    assertThat(classify(new IntegrationException(FailureDomain.ASSET, "NoOriginalFormat", "asset a1 has none")))
        .extracting(ClassifiedFailure::domain, ClassifiedFailure::reason)
        .containsExactly(FailureDomain.ASSET, "NoOriginalFormat");
    assertThat(classify(new IllegalStateException("bug")).reason()).isEqualTo("UnexpectedError");
  }

  @Test
  void credentialFailure_setsItsConditionAndCredentialsValidFalse_andIsListedAsCredentialProblem() {
    IntegrationStatus status = new IntegrationStatus(clock, 10);
    status.recordHealthy(IntegrationStatus.OPENTEXT_REACHABLE, "ok");

    status.recordFailure(IntegrationStatus.OPENTEXT_REACHABLE, "token", "client-1",
        new AuthenticationException(401, "POST", "/tenants/t/oauth2/token", "r9", ErrorDetails.EMPTY), "opentext");

    StatusSnapshot snapshot = status.snapshot();
    assertThat(snapshot.credentialProblems()).hasSize(1);
    assertThat(snapshot.conditions()).extracting(Condition::type, Condition::status, Condition::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(IntegrationStatus.CREDENTIALS_VALID, Condition.Status.FALSE,
                "Unauthorized"),
            org.assertj.core.groups.Tuple.tuple(IntegrationStatus.OPENTEXT_REACHABLE, Condition.Status.FALSE,
                "Unauthorized"));
    assertThat(snapshot.failuresByDomain()).containsEntry(FailureDomain.CREDENTIAL, 1L);
  }

  @Test
  void json_showsFailuresAsRfc9457Problems() {
    IntegrationStatus status = new IntegrationStatus(clock, 10);
    status.recordJobFailure(IntegrationStatus.TRANSFERS_HEALTHY, "job-7",
        new IntegrationException(FailureDomain.ASSET, "FileNotClosed", "file f1 of asset a1 is OPEN"), "iconik");

    String json = status.snapshot().toJson();

    assertThat(json).contains("\"type\": \"urn:iconik-opentext:problem:asset:FileNotClosed\"")
        .contains("\"title\": \"ASSET: FileNotClosed\"")
        .contains("\"detail\": \"file f1 of asset a1 is OPEN\"")
        .contains("\"instance\": \"job-7\"")
        .contains("\"status\": \"False\"");
  }

  @Test
  void lists_areBoundedAndTransfersUpdateInPlace() {
    IntegrationStatus status = new IntegrationStatus(clock, 2);
    for (int i = 0; i < 5; i++) {
      status.recordTransfer(new TransferSummary("t" + i, "a", null, "css", TransferSummary.State.RUNNING, 0, null,
          clock.instant(), null, null));
    }
    status.recordTransfer(new TransferSummary("t4", "a", null, "css", TransferSummary.State.COMPLETED, 10, "ab",
        clock.instant(), clock.instant(), null));

    assertThat(status.snapshot().recentTransfers()).extracting(TransferSummary::transferId, TransferSummary::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("t4", TransferSummary.State.COMPLETED),
            org.assertj.core.groups.Tuple.tuple("t3", TransferSummary.State.RUNNING));
  }

  private ClassifiedFailure classify(Throwable t) {
    return classifier.classify(t, "iconik");
  }
}
