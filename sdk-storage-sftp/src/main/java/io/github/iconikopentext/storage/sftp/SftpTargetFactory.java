package io.github.iconikopentext.storage.sftp;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link SftpTarget}s from template entries of kind {@code sftp}: {@code url}
 * {@code sftp://user@host:port/directory}, {@code credential} a template credential (id = user when the URL names
 * none, secret = reference to the password, or to the private key with option {@code auth: key}), {@code options}
 * among {@link #OPTIONS} ({@code known_hosts} is required unless {@code accept_unknown_hosts} is {@code true}). Any
 * other option is refused. Stateless and thread-safe; found by {@link java.util.ServiceLoader}.
 */
public final class SftpTargetFactory implements TransferTargetFactory {
  /** The options a template may give. */
  public static final Set<String> OPTIONS = Set.of("known_hosts", "accept_unknown_hosts", "path_template", "auth");

  @Override
  public String kind() {
    return "sftp";
  }

  @Override
  public TransferTarget create(String name, TemplateModel.TargetSpec spec, TemplateModel.CredentialRef credential,
      SecretResolvers resolvers) {
    var unknown = new TreeSet<>(spec.options().keySet());
    unknown.removeAll(OPTIONS);
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("sftp target " + name + ": unknown option(s) " + unknown + " (known: "
          + new TreeSet<>(OPTIONS) + ")");
    }
    if (credential == null) {
      throw new ConfigurationException("sftp target " + name + " needs a credential (password or private key)");
    }
    URI url = URI.create(spec.url());
    String user = url.getUserInfo() != null ? url.getUserInfo() : credential.id();
    var o = spec.options();
    SftpTarget.Builder b = SftpTarget.builder(url.getHost(), url.getPort() < 0 ? 22 : url.getPort(), user)
        .name(name).directory(url.getPath() == null ? "" : url.getPath().replaceFirst("^/", ""))
        .acceptUnknownHosts(Boolean.parseBoolean(o.getOrDefault("accept_unknown_hosts", "false")));
    if (o.containsKey("known_hosts")) {
      b.knownHosts(o.get("known_hosts"));
    }
    if (o.containsKey("path_template")) {
      b.pathTemplate(o.get("path_template"));
    }
    if ("key".equals(o.get("auth"))) {
      b.privateKey(credential.secret(), resolvers);
    } else {
      b.password(credential.secret(), resolvers);
    }
    return b.build();
  }
}
