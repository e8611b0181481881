package io.github.iconikopentext.storage.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SftpTargetFactoryTest {

  @Test
  void aTemplateEntryOfKindSftp_isBuiltByTheFactoryOnTheClasspath() throws Exception {
    TemplateModel.TargetSpec spec = new TemplateModel.TargetSpec("sftp", null,
        "sftp://delivery@127.0.0.1:2222/incoming", null, "partner",
        Map.of("known_hosts", "[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"));
    TransferTarget target = TransferTargetFactory.forKind("broadcaster", spec,
        new TemplateModel.CredentialRef("delivery", "env:SFTP_PASSWORD"), SftpTargetTest.SECRETS);
    try (SftpTarget sftp = (SftpTarget) target) {
      assertThat(sftp.name()).isEqualTo("broadcaster");
      assertThat(sftp.location()).isEqualTo("sftp://127.0.0.1:2222/incoming");
      assertThat(sftp.credentialId()).isEqualTo("delivery@127.0.0.1");
    }
  }

  @Test
  void unknownOptionsAndLiteralSecrets_areRefused() {
    TemplateModel.TargetSpec withPassword = new TemplateModel.TargetSpec("sftp", null, "sftp://u@h/in", null, "c",
        Map.of("password", "hunter2"));
    assertThatThrownBy(() -> new SftpTargetFactory().create("t", withPassword,
        new TemplateModel.CredentialRef("u", "env:X"), SftpTargetTest.SECRETS))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2");
    TemplateModel.TargetSpec spec = new TemplateModel.TargetSpec("sftp", null, "sftp://u@h/in", null, "c", Map.of());
    assertThatThrownBy(() -> new SftpTargetFactory().create("t", spec,
        new TemplateModel.CredentialRef("u", "hunter2"), SftpTargetTest.SECRETS))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2");
  }
}
