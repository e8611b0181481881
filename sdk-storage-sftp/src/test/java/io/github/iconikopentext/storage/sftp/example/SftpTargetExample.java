package io.github.iconikopentext.storage.sftp.example;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.storage.sftp.SftpTarget;

/** The snippets of docs/storage-sftp.md and docs/integration.md, compiled. */
final class SftpTargetExample {
  private SftpTargetExample() {}

  static TransferResult deliverToBroadcaster(IconikClient iconik, String assetId) {
    SecretResolvers secrets = SecretResolvers.defaults();
    try (SftpTarget broadcaster = SftpTarget.builder("sftp.broadcaster.example", 22, "delivery")
        .name("broadcaster")
        .privateKey("file:/run/secrets/broadcaster_ed25519", secrets)
        .knownHosts("sftp.broadcaster.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")
        .directory("incoming")
        .pathTemplate("{asset_id}-{file_name}")
        .build()) {
      return AssetTransfer.builder(iconik).build().transfer(assetId, "ORIGINAL", broadcaster);
    }
  }
}
