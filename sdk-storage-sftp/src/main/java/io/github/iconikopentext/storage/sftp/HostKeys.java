package io.github.iconikopentext.storage.sftp;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;

/** Strict host-key checking against known-hosts entries; remembers why it refused, for the caller's error. */
final class HostKeys implements ServerKeyVerifier {
  private final List<KnownHostEntry> entries;
  private final boolean acceptUnknown;
  private static final AttributeRepository.AttributeKey<String> REFUSAL = new AttributeRepository.AttributeKey<>();

  HostKeys(List<KnownHostEntry> entries, boolean acceptUnknown) {
    this.entries = List.copyOf(entries);
    this.acceptUnknown = acceptUnknown;
  }

  @Override
  public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
    String host = session.getConnectAddress() instanceof InetSocketAddress a ? a.getHostString()
        : remote instanceof InetSocketAddress r ? r.getHostString() : String.valueOf(remote);
    int port = session.getConnectAddress() instanceof InetSocketAddress a ? a.getPort()
        : remote instanceof InetSocketAddress r ? r.getPort() : 22;
    boolean named = false;
    for (KnownHostEntry entry : entries) {
      if (entry.isHostMatch(host, port)) {
        named = true;
        try {
          if (KeyUtils.compareKeys(SftpTarget.keyOf(entry), key)) {
            return true;
          }
        } catch (IOException e) {
          // an unreadable entry matches nothing
        }
      }
    }
    String fingerprint = KeyUtils.getFingerPrint(key);
    if (named) {
      session.setAttribute(REFUSAL, "HostKeyMismatch:the host key of " + host + ":" + port + " (" + fingerprint
          + ") is not the one in known hosts: refused (possible man-in-the-middle)");
      return false;
    }
    if (acceptUnknown) {
      return true;
    }
    session.setAttribute(REFUSAL, "HostKeyUnknown:" + host + ":" + port + " is not in known hosts (its key is " + fingerprint
        + "): refused; add its known-hosts line");
    return false;
  }

  /** Why {@code session} was refused, if the host key was the reason. */
  Optional<IntegrationException> failure(ClientSession session, String location) {
    String r = session.getAttribute(REFUSAL);
    if (r == null) {
      return Optional.empty();
    }
    int colon = r.indexOf(':');
    return Optional.of(new IntegrationException(FailureDomain.ENDPOINT, r.substring(0, colon),
        "SFTP " + location + ": " + r.substring(colon + 1)));
  }
}
