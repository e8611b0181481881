package io.github.iconikopentext.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcsfProjectionTest {
  private static final JsonAdapter<Map<String, Object>> MAP =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private static Map<String, Object> ocsf(AuditEvent e) throws IOException {
    return MAP.fromJson(e.toOcsfJson());
  }

  private static AuditEvent.Builder event(AuditAction action) {
    return AuditEvent.builder(action).id("evt-1").time(TestEvents.T0).environment("prod")
        .system(AuditSystem.of("iconik", "iconik")).credential("app-1", null).target(AuditTarget.asset("asset-1"))
        .requestId("req-1");
  }

  @Test
  void everyActionMapsToOneOfTheThreeClassesWithAConsistentTypeUid() throws IOException {
    for (AuditAction action : AuditAction.values()) {
      Map<String, Object> o = ocsf(event(action).build());
      double classUid = (Double) o.get("class_uid");
      double activityId = (Double) o.get("activity_id");
      assertThat(classUid).as(action.name()).isIn(6003.0, 6006.0, 3002.0);
      assertThat((Double) o.get("type_uid")).as(action.name()).isEqualTo(classUid * 100 + activityId);
      assertThat(o).as(action.name()).containsKeys("category_uid", "severity_id", "status_id", "time", "metadata",
          "src_endpoint");
      if (classUid == 6003.0) {
        assertThat(o).containsKeys("actor", "api");
      } else if (classUid == 6006.0) {
        assertThat(o).containsKeys("actor", "file");
      } else {
        assertThat(o).containsKeys("user", "service");
      }
    }
  }

  @Test
  void readIsApiActivityRead() throws IOException {
    Map<String, Object> o = ocsf(event(AuditAction.ASSET_READ).operation("AssetsApi.get").build());

    assertThat(o).containsEntry("class_uid", 6003.0).containsEntry("activity_id", 2.0)
        .containsEntry("type_uid", 600302.0).containsEntry("type_name", "API Activity: Read")
        .containsEntry("status", "Success").containsEntry("time", (double) TestEvents.T0.toEpochMilli());
    assertThat(o.get("api")).isEqualTo(Map.of("operation", "AssetsApi.get", "request", Map.of("uid", "req-1"),
        "service", Map.of("name", "iconik")));
    assertThat(o.get("actor")).isEqualTo(Map.of("user", Map.of("credential_uid", "app-1")));
    assertThat(o.get("resources")).isEqualTo(List.of(Map.of("type", "asset", "uid", "asset-1")));
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) o.get("metadata");
    assertThat(metadata).containsEntry("uid", "evt-1").containsEntry("version", "1.3.0")
        .containsEntry("tags", List.of(Map.of("name", "environment", "value", "prod")));
  }

  @Test
  void transferIsFileHostingCopyWithSizeAndHash() throws IOException {
    Map<String, Object> o = ocsf(event(AuditAction.ASSET_TRANSFERRED)
        .destination(AuditTarget.of(AuditTarget.Kind.STORAGE, "bucket-1"))
        .transfer(2048, "sha256:abc123").build());

    assertThat(o).containsEntry("class_uid", 6006.0).containsEntry("activity_id", 6.0)
        .containsEntry("type_uid", 600606.0);
    assertThat(o.get("file")).isEqualTo(Map.of("name", "asset-1", "uid", "asset-1", "size", 2048.0, "type_id", 1.0,
        "hashes", List.of(Map.of("algorithm", "sha256", "algorithm_id", 3.0, "value", "abc123"))));
    assertThat(o.get("dst_endpoint")).isEqualTo(Map.of("svc_name", "storage", "uid", "bucket-1"));
  }

  @Test
  void failedTokenRefreshIsFailedAuthentication() throws IOException {
    Map<String, Object> o = ocsf(event(AuditAction.TOKEN_REFRESH_FAILED).system(AuditSystem.of("opentext", "OpenText"))
        .outcome(AuditOutcome.failure("invalid_client")).build());

    assertThat(o).containsEntry("class_uid", 3002.0).containsEntry("status_id", 2.0)
        .containsEntry("status", "Failure").containsEntry("status_code", "invalid_client")
        .containsEntry("severity_id", 3.0);
    assertThat(o.get("user")).isEqualTo(Map.of("credential_uid", "app-1", "uid", "app-1"));
    assertThat(o.get("service")).isEqualTo(Map.of("name", "OpenText"));
  }
}
