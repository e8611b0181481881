package io.github.iconikopentext.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3TargetFactoryTest {
  private static final SecretResolvers SECRETS = SecretResolvers.builder()
      .environment(Map.of("S3_SECRET", "test")).build();

  @Test
  void aTemplateEntryOfKindS3_isBuiltByTheFactoryOnTheClasspath() {
    TemplateModel.TargetSpec spec = new TemplateModel.TargetSpec("s3", null, "s3://media-archive/approved", null,
        "archive", Map.of("region", "eu-west-1", "endpoint", "http://127.0.0.1:9", "path_style", "true",
            "key_template", "{asset_id}/{file_name}", "storage_class", "STANDARD_IA", "sse", "AES256"));
    try (S3Target target = (S3Target) TransferTargetFactory.forKind("archive", spec,
        new TemplateModel.CredentialRef("AKIDEXAMPLE", "env:S3_SECRET"), SECRETS)) {
      assertThat(target.name()).isEqualTo("archive");
      assertThat(target.location()).isEqualTo("s3://media-archive/approved");
      assertThat(target.credentialId()).isEqualTo("AKIDEXAMPLE");
    }
  }

  @Test
  void unknownOptionsAndLiteralSecrets_areRefused() {
    TemplateModel.TargetSpec withKey = new TemplateModel.TargetSpec("s3", null, "s3://media/x", null, null,
        Map.of("secret_access_key", "wJalrXUtnFEMI"));
    assertThatThrownBy(() -> new S3TargetFactory().create("t", withKey, null, SECRETS))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("wJalrXUtnFEMI");
    TemplateModel.TargetSpec spec = new TemplateModel.TargetSpec("s3", null, "s3://media/x", null, "c", Map.of());
    assertThatThrownBy(() -> new S3TargetFactory().create("t", spec,
        new TemplateModel.CredentialRef("AKID", "wJalrXUtnFEMI"), SECRETS))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("wJalrXUtnFEMI");
  }
}
