package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link S3Target}s from template entries of kind {@code s3}: {@code url} {@code s3://bucket/prefix},
 * {@code credential} a template credential (id = access key id, secret = reference to the secret key; without one
 * the AWS SDK's default chain), {@code options} among {@link #OPTIONS}. Any other option is refused, so a secret
 * cannot hide in one. Stateless and thread-safe; found by {@link java.util.ServiceLoader}.
 */
public final class S3TargetFactory implements TransferTargetFactory {
  /** The options a template may give. */
  public static final Set<String> OPTIONS = Set.of("region", "endpoint", "path_style", "key_template",
      "storage_class", "sse", "kms_key_id", "part_size_mib", "parallel_parts");

  @Override
  public String kind() {
    return "s3";
  }

  @Override
  public TransferTarget create(String name, TemplateModel.TargetSpec spec, TemplateModel.CredentialRef credential,
      SecretResolvers resolvers) {
    URI url = URI.create(spec.url());
    var unknown = new TreeSet<>(spec.options().keySet());
    unknown.removeAll(OPTIONS);
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("s3 target " + name + ": unknown option(s) " + unknown + " (known: "
          + new TreeSet<>(OPTIONS) + ")");
    }
    S3Target.Builder b = S3Target.builder(url.getHost()).name(name)
        .prefix(url.getPath() == null ? "" : url.getPath());
    var o = spec.options();
    if (o.containsKey("region")) {
      b.region(o.get("region"));
    }
    if (o.containsKey("endpoint")) {
      b.endpoint(URI.create(o.get("endpoint")));
    }
    b.pathStyle(Boolean.parseBoolean(o.getOrDefault("path_style", "false")));
    if (o.containsKey("key_template")) {
      b.keyTemplate(o.get("key_template"));
    }
    if (o.containsKey("storage_class")) {
      b.storageClass(o.get("storage_class"));
    }
    if ("AES256".equals(o.get("sse"))) {
      b.sseS3();
    } else if ("aws:kms".equals(o.get("sse"))) {
      b.sseKms(o.get("kms_key_id"));
    } else if (o.containsKey("sse")) {
      throw new ConfigurationException("s3 target " + name + ": sse must be AES256 or aws:kms");
    }
    if (o.containsKey("part_size_mib")) {
      b.partSize(Long.parseLong(o.get("part_size_mib")) << 20);
    }
    if (o.containsKey("parallel_parts")) {
      b.parallelParts(Integer.parseInt(o.get("parallel_parts")));
    }
    if (credential != null) {
      b.credentials(credential.id(), credential.secret(), resolvers);
    }
    return b.build();
  }
}
